package dev.mostrador.core.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mostrador.core.bundle.Bundle;
import dev.mostrador.core.bundle.BundleCompiler;
import dev.mostrador.core.load.BusinessLoader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Batch answering with the real loader, compiler and engine on the loader's full fixture folder. */
class BatchAskerTest {
    static Bundle bundle;
    static final ZoneId MANAGUA = ZoneId.of("America/Managua");
    // A Monday at 10:00: the fixture business is open.
    static final Clock MONDAY = Clock.fixed(LocalDateTime.of(2026, 11, 23, 10, 0).atZone(MANAGUA).toInstant(), MANAGUA);
    final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void compile() throws Exception {
        Path dir = Path.of(BatchAskerTest.class.getResource("/fixtures/good-full/business").toURI());
        bundle = new BundleCompiler().compile(BusinessLoader.load(dir));
    }

    private List<JsonNode> ask(String input) throws Exception {
        StringWriter out = new StringWriter();
        new BatchAsker(bundle, MONDAY).answer(new StringReader(input), out);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) lines.add(json.readTree(line));
        return lines;
    }

    @Test
    void oneResponseObjectPerLineInOrderWithTheChatApiShape() throws Exception {
        List<JsonNode> lines = ask("""
                {"session_id": "s1", "text": "a q hora abren"}
                {"session_id": "s2", "text": "donde estan"}
                """);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).fieldNames()).toIterable()
                .containsExactly("session_id", "replies", "intent", "source", "flow", "lang");
        assertThat(lines.get(0).get("session_id").asText()).isEqualTo("s1");
        assertThat(lines.get(0).get("source").get("id").asText()).isEqualTo("horarios");
        assertThat(lines.get(0).get("replies").get(0).get("quick_replies").isArray()).isTrue();
        assertThat(lines.get(1).get("session_id").asText()).isEqualTo("s2");
        assertThat(lines.get(1).get("source").get("id").asText()).isEqualTo("ubicacion");
    }

    @Test
    void linesSharingASessionIdAreOneConversation() throws Exception {
        List<JsonNode> lines = ask("""
                {"session_id": "pedido-1", "text": "quiero 2 tacos al pastor"}
                {"session_id": "otro", "text": "donde estan"}
                {"session_id": "pedido-1", "text": "Ana"}
                """);
        assertThat(lines.get(0).get("flow").get("id").asText()).isEqualTo("quick_order");
        assertThat(lines.get(1).get("flow").isNull()).isTrue();
        // the order goes on: the items were given, so the next step after the name is being asked
        assertThat(lines.get(2).get("flow").get("id").asText()).isEqualTo("quick_order");
        assertThat(lines.get(2).get("flow").get("step").asText()).isNotIn("items", "name");
    }

    @Test
    void aMalformedLineGivesAnErrorLineAndTheRestIsAnswered() throws Exception {
        StringWriter out = new StringWriter();
        var summary = new BatchAsker(bundle, MONDAY).answer(new StringReader("""
                {"session_id": "s1", "text": "a q hora abren"
                ["session_id", "s1"]
                {"session_id": "s1"}
                {"session_id": "", "text": "hola"}
                {"session_id": "s1", "text": %s}
                {"session_id": "s1", "text": "donde estan"}
                """.formatted(json.writeValueAsString("x".repeat(4097)))), out);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(json.readTree(lines.get(0)).get("error").asText()).startsWith("line 1: not valid JSON (");
        assertThat(lines.subList(1, 5)).containsExactly(
                "{\"error\":\"line 2: not a JSON object; write {\\\"session_id\\\": \\\"...\\\", \\\"text\\\": \\\"...\\\"}\"}",
                "{\"error\":\"line 3: missing \\\"text\\\" (a string)\"}",
                "{\"error\":\"line 4: session_id \\\"\\\" is not 1-64 letters, digits, _ or -\"}",
                "{\"error\":\"line 5: text is longer than 4096 bytes\"}");
        assertThat(json.readTree(lines.get(5)).get("source").get("id").asText()).isEqualTo("ubicacion");
        assertThat(summary).isEqualTo(new BatchAsker.BatchSummary(1, 5));
    }
}
