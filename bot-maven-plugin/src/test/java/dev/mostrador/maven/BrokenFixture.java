package dev.mostrador.maven;

import java.util.List;

/** What the loader says about src/test/resources/broken: one wrong value per file. */
final class BrokenFixture {
    private BrokenFixture() {}

    static final List<String> PROBLEMS = List.of(
            "TODO");

    static final String MESSAGE = PROBLEMS.size() + " problems in the business folder:\n  "
            + String.join("\n  ", PROBLEMS);
}
