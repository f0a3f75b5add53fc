package dev.mostrador.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever shape an owner's file has, the loader answers with problems, never with a crash. */
class WrongShapesTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            business.yaml | [a, b]
            business.yaml | just a sentence
            business.yaml | 'name: 5\\ntimezone: [x]\\ncurrency: {a: 1}\\nhours: [mon]\\nlocations: {days: mon}\\ndelivery: yes'
            business.yaml | 'name: X\\ntimezone: UTC\\ncurrency: USD\\nhours: {mon: [1, 2], exceptions: [x]}\\nlocations: [{days: 3, place: []}]'
            faqs.yaml     | {id: x}
            faqs.yaml     | '- just text\\n- [a]\\n- {question: [a], answer: {b: 1}, also: x, tags: 5, id: 7}'
            faqs.yaml     | '- {question: "", answer: "{ }{{x}}{name"}'
            flows.yaml    | [a]
            flows.yaml    | 'Pedido Rápido: {steps: x}\\nb: {steps: [1, [2], {}], start_when: hola, on_confirm: 3}'
            flows.yaml    | 'c: {steps: [{ask: x, var: Mi Var, type: choice}, {ask: y, var: z, choices: [], type: integer}, {confirm: "{z}", ask: q}]}'
            tone.yaml     | 'greeting: [a]\\ntemplates: [b]\\nquick_replies: x\\nfallback_xx: "{nope}"\\ntone: amable'
            bot.yaml      | 'mode: 3\\nllm: x\\nretrieval: {top_k: 0.5, min_score: -1}'
            synonyms.yaml | {a: b}
            synonyms.yaml | '- tarjeta\\n- [solo]'
            intents.yaml  | '- a\\n- b'
            intents.yaml  | 'Pedir Algo: hola'
            menu.csv      | ''
            menu.csv      | 'id,name,price,price\\n'
            menu.csv      | 'id,name,price\\nTaco Grande,,-3\\n,x,$25\\nq,Q,25 NIO\\nr,R,1.000,00\\n'
            menu.csv      | 'id,name,price,available\\na,A,1,quizas\\n'
            tests/t.yaml  | {name: x}
            tests/t.yaml  | '- {name: x, turns: hola}\\n- {turns: [{expect: {faq: 3}}], now: ayer}\\n- 5'
            tests/t.yaml  | '- {name: x, now: 2026-13-45T99:00, turns: [{user: a, expect: {intent: pedir, fallback: si}}]}'
            """)
    void wrongShapeIsReportedAsProblems(String file, String content) throws Exception {
        Path dir = Fixtures.copy("good-minimal", tmp);
        Path target = dir.resolve(file.trim());
        Files.createDirectories(target.getParent());
        Files.writeString(target, content.replace("\\n", "\n"));
        assertThatThrownBy(() -> BusinessLoader.load(dir))
                .isInstanceOfSatisfying(InvalidBusinessException.class, e -> {
                    assertThat(e.problems()).isNotEmpty();
                    assertThat(e.problems()).allSatisfy(p -> {
                        assertThat(p.file()).startsWith("business/");
                        assertThat(p.message()).doesNotContain("null").doesNotContain("Exception");
                    });
                });
    }

    @Test
    void notUtf8IsAProblem() throws Exception {
        Path dir = Fixtures.copy("good-minimal", tmp);
        Files.write(dir.resolve("faqs.yaml"), "- question: \"¿Abren?\"\n  answer: \"Sí\"\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> BusinessLoader.load(dir))
                .isInstanceOfSatisfying(InvalidBusinessException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                        .containsExactly("business/faqs.yaml: this file is not UTF-8 text; save it as UTF-8 (in most editors: Save as... > Encoding: UTF-8)"));
    }

    @Test
    void everyProblemOfOneFileIsListed() throws Exception {
        Path dir = Fixtures.copy("good-minimal", tmp);
        Files.writeString(dir.resolve("menu.csv"), "id,name,price\nTaco Grande,,-3\n,x,$25\nq,Q,25 NIO\n");
        assertThatThrownBy(() -> BusinessLoader.load(dir))
                .isInstanceOfSatisfying(InvalidBusinessException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                        .containsExactly(
                                "business/menu.csv:2: id 'Taco Grande' is not valid; use lowercase letters, digits, _ and - only, e.g. taco-grande",
                                "business/menu.csv:2: name is empty; write the name customers see",
                                "business/menu.csv:2: price \"-3\" is below zero; write 0 or more",
                                "business/menu.csv:3: id is empty; give the item an id, e.g. x",
                                "business/menu.csv:3: price \"$25\" is not a number; write 25 (only the number, in the business currency)",
                                "business/menu.csv:4: price \"25 NIO\" is not a number; write 25 (only the number, in the business currency)"));
    }

}
