package dev.mostrador.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One broken business folder per owner mistake, each with the exact message the build prints. */
class BrokenFolderTest {
    static final String PLACEHOLDERS = "{name} {address} {maps_url} {phone} {hours} {today_hours} {open_now} {location_today} {payment_methods} {delivery_fee} {delivery_minimum} {delivery_eta} {delivery_area} {currency}";

    @TempDir
    Path tmp;

    private List<String> problems(String fixture) {
        Path dir = Fixtures.copy(fixture, tmp);
        try {
            BusinessLoader.load(dir);
        } catch (InvalidBusinessException e) {
            return e.problems().stream().map(Problem::toString).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError(fixture + " loaded without problems");
    }

    @Test
    void yamlSyntax() throws Exception {
        assertThat(problems("yaml-syntax")).containsExactly(
                "business/faqs.yaml:3:26: unexpected ':' in this line; put text that contains ': ' in quotes, or check the indentation of this line");
    }

    @Test
    void csvColumns() throws Exception {
        assertThat(problems("csv-columns")).containsExactly(
                "business/menu.csv:3: this row has 5 values but the header has 4 columns; check for a missing or extra comma; put values that contain commas in quotes, like \"Cerdo, piña\"");
    }

    @Test
    void csvQuote() throws Exception {
        assertThat(problems("csv-quote")).containsExactly(
                "business/menu.csv:2: a quote (\") opened in this row is never closed; close the quote at the end of the value; to write a quote inside a quoted value write it twice: \"\"");
    }

    @Test
    void priceComma() throws Exception {
        assertThat(problems("price-comma")).containsExactly(
                "business/menu.csv:3: price \"4,50\" is not a number; write 4.50");
    }

    @Test
    void priceWord() throws Exception {
        assertThat(problems("price-word")).containsExactly(
                "business/menu.csv:3: price \"gratis\" is not a number; write 0 for a free item");
    }

    @Test
    void duplicateFaqId() throws Exception {
        assertThat(problems("duplicate-faq-id")).containsExactly(
                "business/faqs.yaml:7: duplicate faq id 'horarios' (lines 1 and 7); give each faq its own id");
    }

    @Test
    void duplicateMenuId() throws Exception {
        assertThat(problems("duplicate-menu-id")).containsExactly(
                "business/menu.csv:4: duplicate menu id 'taco' (lines 2 and 4); give each item its own id");
    }

    @Test
    void unknownPlaceholder() throws Exception {
        assertThat(problems("unknown-placeholder")).containsExactly(
                "business/faqs.yaml:3:34: unknown placeholder {todays_hours}; did you mean {today_hours}? the placeholders are: " + PLACEHOLDERS);
    }

    @Test
    void unknownDay() throws Exception {
        assertThat(problems("unknown-day")).containsExactly(
                "business/business.yaml:6: hours: unknown day 'satu'; did you mean sat? use mon tue wed thu fri sat sun (or lun mar mie jue vie sab dom), ranges like mon-fri, lists like \"sat, sun\", and exceptions");
    }

    @Test
    void badHoursRange() throws Exception {
        assertThat(problems("bad-hours-range")).containsExactly(
                "business/business.yaml:5: hours: range 18:00-08:00 ends before it starts; write the earlier time first; for hours past midnight write ..-24:00 on this day and 00:00-.. on the next",
                "business/business.yaml:6: hours: \"9-14\" is not a time range; write it like 08:00-18:00 (several: 08:00-12:00, 14:00-18:00), or closed");
    }

    @Test
    void badTimezone() throws Exception {
        assertThat(problems("bad-timezone")).containsExactly(
                "business/business.yaml:2: timezone \"America/Managu\" is not a known time zone; did you mean America/Managua? write a region/city zone, e.g. America/Managua, America/Mexico_City, Europe/Madrid");
    }

    @Test
    void badCurrency() throws Exception {
        assertThat(problems("bad-currency")).containsExactly(
                "business/business.yaml:3: currency \"cordobas\" is not an ISO 4217 code; write the 3-letter ISO 4217 code, e.g. NIO, USD, MXN, EUR");
    }

    @Test
    void flowUnknownVariable() throws Exception {
        assertThat(problems("flow-unknown-variable")).containsExactly(
                "business/flows.yaml:9:74: flow 'quick_order', step 3: unknown variable {phone_number} (no earlier step has var: phone_number); the variables here are: {items} {customer} {total}; the placeholders are: " + PLACEHOLDERS);
    }

    @Test
    void flowUnknownStepType() throws Exception {
        assertThat(problems("flow-unknown-step-type")).containsExactly(
                "business/flows.yaml:6: unknown step type 'date'; valid types: text, integer, phone, menu_item, order_items, choice");
    }

    @Test
    void testUnknownFaq() throws Exception {
        assertThat(problems("test-unknown-faq")).containsExactly(
                "business/tests/faqs.yaml:4: unknown faq 'horario'; did you mean horarios? the faq ids are: horarios, pagos (see faqs.yaml)");
    }

    @Test
    void testUnknownMenuItem() throws Exception {
        assertThat(problems("test-unknown-menu-item")).containsExactly(
                "business/tests/menu.yaml:5: unknown menu item 'taco-al-pastor'; did you mean taco-pastor? the menu item ids are: taco-pastor (see menu.csv)");
    }

    @Test
    void emptyAnswer() throws Exception {
        assertThat(problems("empty-answer")).containsExactly(
                "business/faqs.yaml:3: 'answer' is empty; write the text",
                "business/faqs.yaml:6: 'answer' is empty; write the text");
    }

    @Test
    void unknownKey() throws Exception {
        assertThat(problems("unknown-key")).containsExactly(
                "business/tone.yaml:2: unknown key 'greting'; did you mean 'greeting'? valid keys: tone, greeting, fallback, escalate, closed_now, quick_replies, templates, greeting/fallback/escalate/closed_now_<lang>, quick_replies_<lang>");
    }

    @Test
    void faqsCsvProblems() throws Exception {
        assertThat(problems("faqs-csv-problems")).containsExactly(
                "business/faqs.csv:3: duplicate faq id 'a-que-hora-abren' (lines 2 and 3); give each faq its own id (this one is made from the question; write an id for it)",
                "business/faqs.csv:3: unknown placeholder {hora}; did you mean {hours}? the placeholders are: " + PLACEHOLDERS);
    }

    @Test
    void severalMistakes() throws Exception {
        assertThat(problems("several-mistakes")).containsExactly(
                "business/business.yaml:3: timezone \"America/Managu\" is not a known time zone; did you mean America/Managua? write a region/city zone, e.g. America/Managua, America/Mexico_City, Europe/Madrid",
                "business/business.yaml:7: hours: unknown day 'sabados'; did you mean sabado? use mon tue wed thu fri sat sun (or lun mar mie jue vie sab dom), ranges like mon-fri, lists like \"sat, sun\", and exceptions",
                "business/business.yaml:9: 'fee' must be a number, not the text \"30 córdobas\"; write a number without quotes or currency sign, e.g. 30",
                "business/faqs.yaml:3:20: unknown placeholder {horario}; the placeholders are: " + PLACEHOLDERS,
                "business/faqs.yaml:4: duplicate faq id 'horarios' (lines 1 and 4); give each faq its own id",
                "business/faqs.yaml:6: 'answer' is empty; write the text",
                "business/menu.csv:2: price \"4,50\" is not a number; write 4.50",
                "business/menu.csv:3: duplicate menu id 'taco' (lines 2 and 3); give each item its own id",
                "business/menu.csv:3: price \"gratis\" is not a number; write 0 for a free item");
    }

    @Test
    void botOutOfRange() throws Exception {
        assertThat(problems("bot-out-of-range")).containsExactly(
                "business/bot.yaml:1: unknown mode 'rag'; valid values: rag_only, api_llm, local_llm",
                "business/bot.yaml:4: 'min_score' is 1.5, above the maximum 1; write a number from 0 to 1");
    }

    @Test
    void flowUnknownIntent() throws Exception {
        assertThat(problems("flow-unknown-intent")).containsExactly(
                "business/flows.yaml:2: flow 'reserva': unknown intent 'reservar' in start_when; the intents are: greeting, faq, menu, order, handoff, complaint, smalltalk (add your own in intents.yaml)");
    }

    @Test
    void testUnknownExpectKey() throws Exception {
        assertThat(problems("test-unknown-expect-key")).containsExactly(
                "business/tests/saludo.yaml:4: unknown key 'reply_contain'; did you mean 'reply_contains'? valid keys: faq, menu_item, intent, flow, reply_contains, reply_not_contains, fallback, handoff",
                "business/tests/saludo.yaml:6: unknown flow 'pedido'; there are no flows yet (see flows.yaml)");
    }

    @Test
    void csvUnknownColumn() throws Exception {
        assertThat(problems("csv-unknown-column")).containsExactly(
                "business/menu.csv:1: unknown column 'precio'; did you mean 'price'? the columns are: id, name, category, price, description, available, tags, best_seller, seasonal, aliases",
                "business/menu.csv:1: the header has no 'price' column; add the column price to the first line");
    }

    @Test
    void missingRequiredKey() throws Exception {
        assertThat(problems("missing-required-key")).containsExactly(
                "business/business.yaml:1: missing required key 'currency'; add currency: at the top of the file");
    }

    @Test
    void languageNotInLanguages() throws Exception {
        assertThat(problems("language-not-in-languages")).containsExactly(
                "business/business.yaml:2: language 'es' is not in languages [en]; add es to languages, or choose one of en");
    }

    @Test
    void badExceptionDate() throws Exception {
        assertThat(problems("bad-exception-date")).containsExactly(
                "business/business.yaml:7: exception date '25/12/2026' is not a date; write it as year-month-day in quotes, e.g. \"2026-12-25\"",
                "business/business.yaml:9: locations: unknown day 'mier'; did you mean mie? use mon tue wed thu fri sat sun (or lun mar mie jue vie sab dom), ranges like mon-fri, lists like \"sat, sun\"",
                "business/business.yaml:13: locations: wed is in two locations ('Mercado Sur' and 'Feria del domingo'); give each day only one place");
    }

    @Test
    void unquotedPlaceholderOrNumber() throws Exception {
        assertThat(problems("unquoted-placeholder")).containsExactly(
                "business/faqs.yaml:3: 'answer' must be a text, not a block of 'key: value' lines; put the text in quotes; a text that starts with { or [ (like {hours}) must be quoted",
                "business/faqs.yaml:6: 'answer' must be a text, not the number 88880000; put it in quotes: \"88880000\"",
                "business/tone.yaml:2:16: a [list] or {block} is not closed or misses a comma; close it with ] or } and separate items with commas; a text that starts with { or [ (like {hours}) must be in quotes");
    }

    @Test
    void botSecretsProviderAndDuplicateTestNames() throws Exception {
        assertThat(problems("bot-secrets")).containsExactly(
                "business/bot.yaml:2: mode api_llm needs a language model, but llm: has no model; add llm: with provider and model (e.g. provider: openai, model: gpt-4o-mini), or use mode: rag_only",
                "business/bot.yaml:3: unknown provider 'opneai'; did you mean openai? use openai, groq, gemini, ollama, or add base_url: for any OpenAI-compatible service",
                "business/bot.yaml:4: 'api_key' looks like a secret, and secrets never go in these files; remove it from the file (and change it if it was pushed); set it in the environment (.env) instead",
                "business/tests/b.yaml:1: test name 'saludo' is used twice (first at business/tests/a.yaml:1); give each test its own name, so a failure says which one it was");
    }

    @Test
    void twoFlowsOneIntent() throws Exception {
        assertThat(problems("two-flows-one-intent")).containsExactly(
                "business/flows.yaml:8: intent 'order' starts both flows 'pedido' and 'encargo'; let only one flow start with order");
    }

    @Test
    void misnamedFile() throws Exception {
        assertThat(problems("misnamed-file")).containsExactly(
                "business/faq.yaml: this file is not read by the bot; did you mean faqs.yaml? the files read are: business.yaml, faqs.yaml, faqs.csv, menu.csv, flows.yaml, tone.yaml, bot.yaml, synonyms.yaml, intents.yaml");
    }

    @Test
    void yamlTab() throws Exception {
        assertThat(problems("yaml-tab")).containsExactly(
                "business/business.yaml:5:1: a tab character is used for indentation; indent with spaces, not tabs");
    }

    @Test
    void unreadablePdfIsAProblemNotACrash() throws Exception {
        Path dir = Fixtures.copy("good-minimal", tmp);
        java.nio.file.Files.createDirectories(dir.resolve("docs"));
        java.nio.file.Files.writeString(dir.resolve("docs/menu-viejo.pdf"), "esto no es un pdf");
        assertThatThrownBy(() -> BusinessLoader.load(dir))
                .isInstanceOfSatisfying(InvalidBusinessException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).toString())
                            .startsWith("business/docs/menu-viejo.pdf: cannot read this PDF (")
                            .endsWith("); export it again as PDF, or save the text as a .txt or .md file in docs/");
                });
    }

    @Test
    void missingRequiredFiles() throws Exception {
        Path dir = tmp.resolve("vacio/business");
        java.nio.file.Files.createDirectories(dir);
        assertThat(problemsOf(dir)).containsExactly(
                "business/business.yaml: this file is missing; create it with at least name, timezone and currency",
                "business/faqs.yaml: this file is missing; create it with your questions and answers (or write faqs.csv)");
    }

    @Test
    void bothFaqFiles() throws Exception {
        Path dir = Fixtures.copy("good-minimal", tmp);
        java.nio.file.Files.writeString(dir.resolve("faqs.csv"), "question,answer\n\"¿Abren hoy?\",Sí\n");
        assertThat(problemsOf(dir)).containsExactly(
                "business/faqs.csv: both faqs.yaml and faqs.csv exist; keep your questions in one of them");
    }

    @Test
    void exceptionMessageListsEveryProblemInOrder() throws Exception {
        Path dir = Fixtures.copy("several-mistakes", tmp);
        assertThatThrownBy(() -> BusinessLoader.load(dir))
                .hasMessageStartingWith("9 problems in the business folder:\n  business/business.yaml:3: timezone")
                .hasMessageContaining("\n  business/menu.csv:3: price \"gratis\" is not a number; write 0 for a free item");
    }

    private static List<String> problemsOf(Path dir) throws java.io.IOException {
        try {
            BusinessLoader.load(dir);
        } catch (InvalidBusinessException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError(dir + " loaded without problems");
    }
}
