package dev.mostrador.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ask on a business that is not the example one: a corner shop with its own FAQs, menu and order flow. */
class AskMojoTest {
    @TempDir Path temp;
    final RecordingLog log = new RecordingLog();
    final ObjectMapper json = new ObjectMapper();

    private AskMojo mojo(Path businessDir, Path input, Path output) {
        var mojo = new AskMojo();
        mojo.businessDir = businessDir.toFile();
        mojo.input = input.toFile();
        mojo.output = output == null ? null : output.toFile();
        mojo.setLog(log);
        return mojo;
    }

    @Test
    void answersEveryLineInOrderKeepingEachConversation() throws Exception {
        Path business = Fixtures.copy("pulperia", temp);
        Path output = temp.resolve("out/answers.jsonl");
        var mojo = mojo(business, business.resolve("questions.jsonl"), output);
        mojo.now = "2026-11-25T10:00";
        mojo.execute();

        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) lines.add(json.readTree(line));
        assertThat(lines).hasSize(8);

        // line 1: cliente-a starts an order
        assertThat(lines.get(0).get("session_id").asText()).isEqualTo("cliente-a");
        assertThat(lines.get(0).get("flow").get("id").asText()).isEqualTo("quick_order");
        assertThat(lines.get(0).get("flow").get("step").asText()).isEqualTo("items");
        // line 2: cliente-b, another conversation, asks a FAQ and is not dragged into a's order
        assertThat(lines.get(1).get("session_id").asText()).isEqualTo("cliente-b");
        assertThat(lines.get(1).get("source").get("kind").asText()).isEqualTo("faq");
        assertThat(lines.get(1).get("source").get("id").asText()).isEqualTo("recargas");
        assertThat(lines.get(1).get("flow").isNull()).isTrue();
        assertThat(lines.get(1).get("replies").get(0).get("text").asText()).contains("Claro y Tigo");
        // line 3: cliente-a's order continues where it was
        assertThat(lines.get(2).get("flow").get("step").asText()).isEqualTo("name");
        // lines 4-7: malformed lines give an error and processing continues
        assertThat(lines.get(3).fieldNames()).toIterable().containsExactly("error");
        assertThat(lines.get(3).get("error").asText()).startsWith("line 4: not valid JSON");
        assertThat(lines.get(4).get("error").asText())
                .isEqualTo("line 5: session_id \"cliente b!\" is not 1-64 letters, digits, _ or -");
        assertThat(lines.get(5).get("error").asText())
                .isEqualTo("line 6: missing \"session_id\" (a string of 1-64 letters, digits, _ or -)");
        assertThat(lines.get(6).get("error").asText())
                .isEqualTo("line 7: empty line; write one JSON object per line");
        // line 8: cliente-a reaches the confirmation with the name given
        assertThat(lines.get(7).get("flow").get("step").asText()).isEqualTo("confirm");
        assertThat(lines.get(7).get("replies").get(0).get("text").asText()).contains("Marta");

        assertThat(log.at("INFO")).containsExactly("Mostrador: answered 4 lines, 4 errors, written to " + output);
    }

    @Test
    void nowFixesTheClockForReproducibleAnswers() throws Exception {
        Path business = Fixtures.copy("pulperia", temp);
        Path input = temp.resolve("q.jsonl");
        Files.writeString(input, "{\"session_id\": \"x\", \"text\": \"quiero pedir\"}\n");
        Path output = temp.resolve("a.jsonl");
        var mojo = mojo(business, input, output);
        mojo.now = "2026-11-29T13:00"; // Sunday after 12:00: closed
        mojo.execute();
        assertThat(json.readTree(Files.readString(output)).get("replies").get(0).get("text").asText())
                .startsWith("Ahora estamos cerrados");

        mojo.now = "2026-11-25T10:00"; // Wednesday morning: open
        mojo.execute();
        assertThat(json.readTree(Files.readString(output)).get("replies").get(0).get("text").asText())
                .doesNotContain("cerrados");

        mojo.now = "el domingo";
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("now \"el domingo\" is not a local date-time; write it like 2026-11-25T11:00 (-Dmostrador.now)");
    }

    @Test
    void aMissingInputFileIsAClearFailure() {
        Path business = Fixtures.copy("pulperia", temp);
        Path input = temp.resolve("nope.jsonl");
        assertThatThrownBy(() -> mojo(business, input, null).execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("input file " + input + " does not exist; set -Dmostrador.input=questions.jsonl");
    }
}
