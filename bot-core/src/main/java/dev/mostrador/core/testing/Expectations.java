package dev.mostrador.core.testing;

import dev.mostrador.core.engine.ChatResponse;
import dev.mostrador.core.model.ConversationTest.Expect;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks one turn's answer against its {@code expect}. Each unmet expectation becomes one sentence
 * "expected X but got Y", where Y is what the owner needs to see to fix the FAQ, menu or test.
 */
final class Expectations {
    private static final int MAX_REPLY_CHARS = 160;

    private Expectations() {}

    static List<String> unmet(Expect expect, ChatResponse answer) {
        List<String> unmet = new ArrayList<>();
        if (expect == null) return unmet;
        String kind = answer.source() == null ? null : answer.source().kind();
        String id = answer.source() == null ? null : answer.source().id();
        if (expect.faq() != null && !("faq".equals(kind) && expect.faq().equals(id))) {
            unmet.add("expected faq \"" + expect.faq() + "\" but got " + source(answer));
        }
        if (expect.menuItem() != null && !("menu".equals(kind) && expect.menuItem().equals(id))) {
            unmet.add("expected menu item \"" + expect.menuItem() + "\" but got " + source(answer));
        }
        if (expect.intent() != null && !expect.intent().equals(answer.intent())) {
            unmet.add("expected intent \"" + expect.intent() + "\" but got intent \"" + answer.intent() + "\": "
                    + quoted(answer.text()));
        }
        if (expect.flow() != null) {
            String flow = answer.flow() == null ? null : answer.flow().id();
            if (!expect.flow().equals(flow)) {
                unmet.add("expected flow \"" + expect.flow() + "\" but got "
                        + (flow == null ? "no flow" : "flow \"" + flow + "\"") + ": " + quoted(answer.text()));
            }
        }
        if (expect.replyContains() != null && !folded(answer.text()).contains(folded(expect.replyContains()))) {
            unmet.add("expected reply containing \"" + expect.replyContains() + "\" but got " + quoted(answer.text()));
        }
        if (expect.replyNotContains() != null && folded(answer.text()).contains(folded(expect.replyNotContains()))) {
            unmet.add("expected reply not containing \"" + expect.replyNotContains() + "\" but got "
                    + quoted(answer.text()));
        }
        if (expect.fallback() != null) {
            boolean fellBack = "fallback".equals(answer.intent()) || "fallback".equals(kind);
            if (fellBack != expect.fallback()) {
                unmet.add((expect.fallback() ? "expected a fallback" : "expected no fallback") + " but got "
                        + source(answer));
            }
        }
        if (expect.handoff() != null) {
            boolean handedOff = "handoff".equals(kind);
            if (handedOff != expect.handoff()) {
                unmet.add((expect.handoff() ? "expected a hand-off" : "expected no hand-off") + " but got "
                        + source(answer));
            }
        }
        return unmet;
    }

    /** Where the answer came from, then its text: {@code faq "horarios" (score 0.71): "Abrimos..."}. */
    static String source(ChatResponse answer) {
        ChatResponse.Source s = answer.source();
        StringBuilder sb = new StringBuilder();
        if (s == null || s.kind() == null) {
            sb.append("intent \"").append(answer.intent()).append('"');
        } else {
            sb.append(s.kind());
            if (s.id() != null) sb.append(" \"").append(s.id()).append('"');
            if (s.score() != null) sb.append(String.format(Locale.ROOT, " (score %.2f)", s.score()));
        }
        return sb.append(": ").append(quoted(answer.text())).toString();
    }

    static String quoted(String text) {
        String t = text == null ? "" : text.replace("\n", " / ");
        if (t.length() > MAX_REPLY_CHARS) t = t.substring(0, MAX_REPLY_CHARS) + "…";
        return "\"" + t + "\"";
    }

    /** Owners write tests without accents or capitals, the bot answers with them: compare folded text. */
    static String folded(String text) {
        if (text == null) return "";
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
