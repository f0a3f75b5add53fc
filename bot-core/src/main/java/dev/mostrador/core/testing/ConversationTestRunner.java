package dev.mostrador.core.testing;

import dev.mostrador.core.bundle.Bundle;
import dev.mostrador.core.engine.ChatEngine;
import dev.mostrador.core.engine.ChatRequest;
import dev.mostrador.core.engine.ChatResponse;
import dev.mostrador.core.engine.EnginePorts;
import dev.mostrador.core.match.Retriever;
import dev.mostrador.core.model.BusinessFolder;
import dev.mostrador.core.model.ConversationTest;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs the owner's conversation tests (tests/*.yaml) against the real engine. Each test gets a fresh engine
 * with its own in-memory session and a fixed clock, so "are you open now?" has the same answer on every
 * machine: the test's {@code now}, or {@link #DEFAULT_NOW} (a Wednesday, 11:00, in the business timezone).
 * A test stops at its first failing turn, because later turns build on that answer.
 */
public final class ConversationTestRunner {
    /** The clock a test without {@code now} runs at: Wednesday 25 November 2026, 11:00 in the business timezone. */
    public static final LocalDateTime DEFAULT_NOW = LocalDateTime.of(2026, 11, 25, 11, 0);

    private final BusinessFolder folder;
    private final Function<Clock, ChatEngine> engines;

    public ConversationTestRunner(Bundle bundle) {
        this(bundle.business(), clock -> new ChatEngine(bundle, EnginePorts.inMemory(clock)));
    }

    /** For callers that hold a loaded folder and a retriever rather than a bundle (development mode). */
    public ConversationTestRunner(BusinessFolder folder, Retriever retriever) {
        this(folder, clock -> new ChatEngine(folder, retriever, EnginePorts.inMemory(clock)));
    }

    private ConversationTestRunner(BusinessFolder folder, Function<Clock, ChatEngine> engines) {
        this.folder = folder;
        this.engines = engines;
    }

    /** Runs every test of the bundle's business. */
    public TestReport run() {
        return run(folder.tests());
    }

    /**
     * Runs the tests whose name or file contains {@code filter} (case- and accent-insensitive);
     * a null or blank filter runs them all.
     */
    public TestReport run(String filter) {
        if (filter == null || filter.isBlank()) return run();
        String f = Expectations.folded(filter.strip());
        return run(folder.tests().stream()
                .filter(t -> Expectations.folded(t.name()).contains(f) || Expectations.folded(t.file()).contains(f))
                .toList());
    }

    public TestReport run(List<ConversationTest> tests) {
        List<TestResult> results = new ArrayList<>(tests.size());
        for (ConversationTest test : tests) results.add(runOne(test));
        return new TestReport(results);
    }

    private TestResult runOne(ConversationTest test) {
        ZoneId zone = folder.business().timezone();
        LocalDateTime now;
        try {
            now = test.now() == null || test.now().isBlank() ? DEFAULT_NOW : LocalDateTime.parse(test.now().strip());
        } catch (DateTimeParseException e) {
            return new TestResult(test, List.of(where(test) + ": now \"" + test.now()
                    + "\" is not a local date-time; write it like 2026-11-23T10:00"));
        }
        Clock clock = Clock.fixed(now.atZone(zone).toInstant(), zone);
        ChatEngine engine = engines.apply(clock);
        String session = "test-" + Integer.toHexString(test.name().hashCode()) + "-" + test.line();
        for (int i = 0; i < test.turns().size(); i++) {
            ConversationTest.Turn turn = test.turns().get(i);
            String prefix = where(test) + " turn " + (i + 1) + " \"" + turn.user() + "\": ";
            ChatResponse answer;
            try {
                answer = engine.handle(new ChatRequest("test", session, turn.user()));
            } catch (RuntimeException e) {
                // The engine must never crash on a customer's words; report it as this test's failure, run the rest.
                return new TestResult(test, List.of(prefix + "the engine failed: " + e));
            }
            List<String> unmet = Expectations.unmet(turn.expect(), answer);
            if (!unmet.isEmpty()) return new TestResult(test, List.of(prefix + String.join("; ", unmet)));
        }
        return new TestResult(test, List.of());
    }

    /** {@code business/tests/horarios.yaml:3 "horario sin tildes"}. */
    private static String where(ConversationTest test) {
        return test.file() + (test.line() > 0 ? ":" + test.line() : "") + " \"" + test.name() + "\"";
    }
}
