package dev.mostrador.core.testing;

import dev.mostrador.core.model.ConversationTest;
import java.util.List;

/** One conversation test's outcome: passed when {@code failures} is empty. */
public record TestResult(ConversationTest test, List<String> failures) {
    public TestResult {
        failures = List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }
}
