package dev.mostrador.core.testing;

import java.util.List;

/** The outcome of a run of conversation tests, in the order they ran. */
public record TestReport(List<TestResult> results) {
    public TestReport {
        results = List.copyOf(results);
    }

    public long passed() {
        return results.stream().filter(TestResult::passed).count();
    }

    public long failed() {
        return results.size() - passed();
    }

    public boolean allPassed() {
        return failed() == 0;
    }

    /** Every failure message of every failed test, in order. */
    public List<String> failures() {
        return results.stream().flatMap(r -> r.failures().stream()).toList();
    }

    /** "N passed, M failed". */
    public String summary() {
        return passed() + " passed, " + failed() + " failed";
    }
}
