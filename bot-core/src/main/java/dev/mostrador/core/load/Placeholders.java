package dev.mostrador.core.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {placeholders} an owner may write in answers, tone texts and flow prompts, and the check of each text. */
final class Placeholders {
    static final List<String> BUSINESS = List.of("name", "address", "maps_url", "phone", "hours", "today_hours",
            "open_now", "location_today", "payment_methods", "delivery_fee", "delivery_minimum", "delivery_eta",
            "delivery_area", "currency");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\n]{1,40})\\}");

    private Placeholders() {}

    /**
     * Reports each placeholder of {@code text} not in {@code allowed}. {@code extraLabel} names the extra allowed
     * ones for the fix (e.g. "variables of earlier steps"), or null.
     */
    static void check(Document doc, String pointer, String text, Collection<String> allowed, Problems problems) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            String name = m.group(1).trim();
            if (allowed.contains(name)) continue;
            Document.Pos pos = doc.pos(pointer);
            int line = pos == null ? 0 : pos.line();
            int column = pos == null || pos.inlineOffset() < 0 ? 0 : pos.inlineOffset() + m.start();
            Set<String> all = new LinkedHashSet<>(allowed);
            List<String> shown = new ArrayList<>();
            all.forEach(a -> shown.add("{" + a + "}"));
            problems.add(doc.file(), line, column, "unknown placeholder {" + name + "}",
                    Spelling.didYouMean(name, all, "{", "}") + "the placeholders are: " + String.join(" ", shown));
        }
    }
}
