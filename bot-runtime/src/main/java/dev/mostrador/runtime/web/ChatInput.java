package dev.mostrador.runtime.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A POST /api/chat body, read from raw bytes so every way a client can get it wrong (bad UTF-8, bad JSON,
 * missing or oversized fields) is a 400 with a message that says what to fix. Unknown fields are ignored.
 */
public sealed interface ChatInput {
    int MAX_TEXT_BYTES = 4096;
    Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    record Valid(String sessionId, String text) implements ChatInput {}

    record Invalid(String error) implements ChatInput {}

    ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    static ChatInput read(byte[] body) {
        if (body == null || body.length == 0) return new Invalid("empty body; send JSON {\"session_id\": \"...\", \"text\": \"...\"}");
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return new Invalid("body is not valid UTF-8");
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            // The position helps; Jackson's own message would echo the client's bytes back.
            var at = e.getLocation();
            return new Invalid("body is not valid JSON" + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        }
        if (root == null || !root.isObject()) return new Invalid("body must be a JSON object with session_id and text");
        JsonNode id = root.get("session_id");
        if (id == null || id.isNull()) return new Invalid("session_id is required");
        if (!id.isTextual()) return new Invalid("session_id must be a string");
        if (!SESSION_ID.matcher(id.textValue()).matches()) {
            return new Invalid("session_id must be 1-64 characters of A-Z a-z 0-9 _ -");
        }
        JsonNode text = root.get("text");
        if (text == null || text.isNull()) return new Invalid("text is required");
        if (!text.isTextual()) return new Invalid("text must be a string");
        if (text.textValue().isBlank()) return new Invalid("text is empty");
        int bytes = utf8Length(text.textValue());
        if (bytes > MAX_TEXT_BYTES) {
            return new Invalid("text is too long: " + bytes + " bytes; the limit is " + MAX_TEXT_BYTES + " bytes of UTF-8");
        }
        return new Valid(id.textValue(), text.textValue());
    }

    private static int utf8Length(String s) {
        try {
            return StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .encode(CharBuffer.wrap(s)).remaining();
        } catch (CharacterCodingException e) {
            return s.length() * 3; // unreachable with REPLACE; a safe over-estimate anyway
        }
    }
}
