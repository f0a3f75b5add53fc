package dev.mostrador.core.model;

import java.util.List;

/**
 * One conversation test from tests/*.yaml. {@code now} (optional, ISO local date-time in the business timezone,
 * e.g. 2026-11-23T10:00) fixes the clock for the test; without it the runner uses a fixed default.
 */
public record ConversationTest(String name, String file, int line, String now, List<Turn> turns) {
    public ConversationTest {
        turns = List.copyOf(turns);
    }

    public record Turn(String user, Expect expect, int line) {}

    /** Expectations of one turn; null fields are not checked. */
    public record Expect(
            String faq,
            String menuItem,
            String intent,
            String flow,
            String replyContains,
            String replyNotContains,
            Boolean fallback,
            Boolean handoff) {}
}
