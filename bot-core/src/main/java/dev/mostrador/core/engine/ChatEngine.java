package dev.mostrador.core.engine;

import dev.mostrador.core.bundle.Bundle;
import dev.mostrador.core.engine.SessionState.FlowState;
import dev.mostrador.core.match.Retriever;
import dev.mostrador.core.model.Business;
import dev.mostrador.core.model.BusinessFolder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The conversation engine: normalize, detect language, find the intent, route (running flow step, FAQ, menu,
 * doc, template, hand-off, fallback), render replies with quick replies, record the turn. One per business;
 * thread-safe; per-session state lives in the {@link dev.mostrador.core.port.SessionStore}.
 */
public final class ChatEngine {
    private final Business business;
    private final EnginePorts ports;
    private final LanguageDetector languages = new LanguageDetector();
    private final Router router;

    public ChatEngine(Bundle bundle, EnginePorts ports) {
        this(bundle.business(), bundle.retriever(), ports);
    }

    /** For callers that hold a loaded folder and a retriever rather than a bundle. */
    public ChatEngine(BusinessFolder folder, Retriever retriever, EnginePorts ports) {
        this.business = folder.business();
        this.ports = ports;
        this.router = new Router(folder, retriever, ports);
    }

    public ChatResponse handle(ChatRequest request) {
        long started = System.nanoTime();
        Instant now = ports.clock().instant();
        SessionState state = ports.sessions().load(request.sessionId())
                .orElseGet(() -> SessionState.fresh(request.sessionId(), business.language(), now));
        Message message = Message.of(request.text());
        String sessionLang = state.lang() != null && business.languages().contains(state.lang()) ? state.lang() : business.language();
        String lang = languages.detect(message, business.languages(), sessionLang);
        Turn turn = new Turn(request, message, lang, state, new Placeholders(business, now.atZone(business.timezone())), now);

        Outcome out = router.route(turn);

        FlowState flow = out.flow();
        ChatResponse response = new ChatResponse(
                request.sessionId(),
                List.of(new ChatResponse.Reply(String.join("\n\n", out.texts()), out.quickReplies())),
                out.intent(),
                new ChatResponse.Source(out.sourceKind(), out.sourceId(), out.score()),
                flow == null ? null : new ChatResponse.FlowRef(flow.flowId(), flow.step()),
                lang);
        boolean keepContext = out.contextKind() == null;
        ports.sessions().save(new SessionState(
                request.sessionId(),
                lang,
                out.intent(),
                keepContext ? state.lastSourceKind() : out.contextKind(),
                keepContext ? state.lastSourceId() : out.contextId(),
                flow,
                now,
                out.is(Intent.FALLBACK) ? state.fallbacks() + 1 : 0,
                out.pending()));
        long micros = (System.nanoTime() - started) / 1_000;
        ports.turns().record(new TurnRecord(request.channel(), request.sessionId(), message.raw(), response.text(),
                response.intent(), out.sourceKind(), out.sourceId(), out.score(), lang, micros, now));
        return response;
    }

    /**
     * One turn's input, as every routing step sees it. {@code searches} caches this turn's retrieval results by
     * query, since schedule, menu and fallback routes may all consult the retriever for the same text.
     */
    record Turn(ChatRequest request, Message message, String lang, SessionState state, Placeholders placeholders, Instant now,
                java.util.Map<String, List<dev.mostrador.core.match.Candidate>> searches) {
        Turn(ChatRequest request, Message message, String lang, SessionState state, Placeholders placeholders, Instant now) {
            this(request, message, lang, state, placeholders, now, new java.util.HashMap<>());
        }

        Turn withMessage(Message m) {
            return new Turn(request, m, lang, state, placeholders, now, searches);
        }
    }

    /**
     * What a route decided. {@code contextKind}/{@code contextId} become the session's last source for follow-ups
     * (null keeps the previous one); {@code flow} is the running flow after this turn.
     */
    record Outcome(List<String> texts, List<String> quickReplies, String intent, String sourceKind, String sourceId,
                   Double score, FlowState flow, String contextKind, String contextId, String pending) {
        static Outcome of(String text, List<String> quickReplies, Intent intent, String kind, String id, Double score) {
            return new Outcome(List.of(text), quickReplies, intent.key(), kind, id, score, null, kind, id, null);
        }

        boolean is(Intent i) {
            return i.key().equals(intent);
        }

        Outcome withTexts(List<String> t) {
            return new Outcome(t, quickReplies, intent, sourceKind, sourceId, score, flow, contextKind, contextId, pending);
        }

        Outcome withFlow(FlowState f) {
            return new Outcome(texts, quickReplies, intent, sourceKind, sourceId, score, f, contextKind, contextId, pending);
        }

        Outcome withPending(String p) {
            return new Outcome(texts, quickReplies, intent, sourceKind, sourceId, score, flow, contextKind, contextId, p);
        }

        Outcome prefixed(String first) {
            List<String> t = new ArrayList<>(texts);
            if (!t.isEmpty()) t.set(0, first + " " + t.get(0));
            return new Outcome(t, quickReplies, intent, sourceKind, sourceId, score, flow, contextKind, contextId, pending);
        }

        Outcome followedBy(List<String> more, List<String> replies, FlowState f) {
            List<String> t = new ArrayList<>(texts);
            t.addAll(more);
            return new Outcome(t, replies, intent, sourceKind, sourceId, score, f, contextKind, contextId, pending);
        }
    }
}
