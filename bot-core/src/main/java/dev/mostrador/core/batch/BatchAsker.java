package dev.mostrador.core.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mostrador.core.bundle.Bundle;
import dev.mostrador.core.engine.ChatEngine;
import dev.mostrador.core.engine.ChatRequest;
import dev.mostrador.core.engine.ChatResponse;
import dev.mostrador.core.engine.EnginePorts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Batch answering for evaluation (chat-api.md "Batch answering"): reads JSON lines
 * {@code {"session_id": "...", "text": "..."}} and writes one line per input line, in order: the chat API's
 * response object, or {@code {"error": "line N: ..."}} when the line is not a valid request. Output line N always
 * answers input line N, so scripts can zip the two files. Lines that share a session_id form one conversation.
 */
public final class BatchAsker {
    /** The same limits as POST /api/chat. */
    static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    static final int MAX_TEXT_BYTES = 4096;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChatEngine engine;

    public BatchAsker(Bundle bundle, Clock clock) {
        this(new ChatEngine(bundle, EnginePorts.inMemory(clock)));
    }

    /** Answers with a given engine; its session store keeps each session_id's conversation. */
    public BatchAsker(ChatEngine engine) {
        this.engine = engine;
    }

    public BatchAsker(Bundle bundle) {
        this(bundle, Clock.systemDefaultZone());
    }

    /**
     * Answers as if it were {@code now} (ISO local date-time in the business timezone, e.g. 2026-11-25T11:00), so an
     * evaluation gives the same answers to "are you open?" whenever it runs.
     *
     * @throws IllegalArgumentException when {@code now} is not a local date-time
     */
    public static BatchAsker at(Bundle bundle, String now) {
        ZoneId zone = bundle.business().business().timezone();
        try {
            return new BatchAsker(bundle, Clock.fixed(LocalDateTime.parse(now.strip()).atZone(zone).toInstant(), zone));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("now \"" + now + "\" is not a local date-time; write it like 2026-11-25T11:00");
        }
    }

    /** Answers every line of {@code in} into {@code out}; does not close either. */
    public BatchSummary answer(Reader in, Writer out) throws IOException {
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        int answered = 0;
        int errors = 0;
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            Object result = answerLine(number, line);
            if (result instanceof ChatResponse) answered++;
            else errors++;
            out.write(JSON.writeValueAsString(result));
            out.write('\n');
        }
        out.flush();
        return new BatchSummary(answered, errors);
    }

    private Object answerLine(int number, String line) {
        ChatRequest request;
        try {
            request = parse(line);
        } catch (IllegalArgumentException e) {
            return error(number, e.getMessage());
        }
        try {
            return engine.handle(request);
        } catch (RuntimeException e) {
            // One bad turn must not lose the answers to the rest of an evaluation file.
            return error(number, "the engine failed: " + e);
        }
    }

    private static ChatRequest parse(String line) {
        if (line.isBlank()) throw new IllegalArgumentException("empty line; write one JSON object per line");
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON (" + e.getOriginalMessage()
                    + "); write {\"session_id\": \"...\", \"text\": \"...\"}");
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object; write {\"session_id\": \"...\", \"text\": \"...\"}");
        }
        JsonNode session = node.get("session_id");
        if (session == null || !session.isTextual()) {
            throw new IllegalArgumentException("missing \"session_id\" (a string of 1-64 letters, digits, _ or -)");
        }
        if (!SESSION_ID.matcher(session.asText()).matches()) {
            throw new IllegalArgumentException("session_id \"" + session.asText()
                    + "\" is not 1-64 letters, digits, _ or -");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) throw new IllegalArgumentException("missing \"text\" (a string)");
        if (text.asText().getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES) {
            throw new IllegalArgumentException("text is longer than " + MAX_TEXT_BYTES + " bytes");
        }
        return new ChatRequest("batch", session.asText(), text.asText());
    }

    private static Map<String, String> error(int number, String message) {
        return Map.of("error", "line " + number + ": " + message);
    }

    /** How many lines were answered and how many were errors. */
    public record BatchSummary(int answered, int errors) {}

}
