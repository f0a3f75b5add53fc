package dev.mostrador.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mostrador.core.model.ConversationTest;
import dev.mostrador.core.model.StepType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schemas are the machine form of the spec: they must agree with what the loader reads, and help editors. */
class SchemaAgreementTest {
    static final List<String> SCHEMAS = List.of("business.schema.json", "faqs.schema.json", "menu.schema.json",
            "flows.schema.json", "tone.schema.json", "bot.schema.json", "tests.schema.json", "synonyms.schema.json",
            "intents.schema.json");

    @Test
    void everySchemaIsDraft2020AndEveryPropertyHasADescription() {
        for (String name : SCHEMAS) {
            JsonNode schema = SchemaCheck.raw(name);
            assertThat(schema.path("$schema").asText()).as(name).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.path("description").asText()).as(name).isNotBlank();
            List<String> missing = new ArrayList<>();
            undescribed(schema, name, missing);
            assertThat(missing).as("properties without description").isEmpty();
        }
    }

    private static void undescribed(JsonNode node, String path, List<String> missing) {
        for (String container : List.of("properties", "patternProperties")) {
            JsonNode props = node.get(container);
            if (props == null) continue;
            props.fields().forEachRemaining(f -> {
                if (!f.getValue().has("description")) missing.add(path + "/" + f.getKey());
                undescribed(f.getValue(), path + "/" + f.getKey(), missing);
            });
        }
        for (String child : List.of("items", "additionalProperties")) {
            if (node.has(child) && node.get(child).isObject()) undescribed(node.get(child), path + "/" + child, missing);
        }
        if (node.has("$defs")) node.get("$defs").fields().forEachRemaining(f -> undescribed(f.getValue(), path + "/" + f.getKey(), missing));
    }

    @Test
    void menuSchemaDescribesTheColumnsTheLoaderReads() {
        List<String> properties = new ArrayList<>();
        SchemaCheck.raw("menu.schema.json").get("properties").fieldNames().forEachRemaining(properties::add);
        assertThat(properties).containsExactlyElementsOf(MenuReader.COLUMNS);
    }

    @Test
    void stepTypesAndExpectKeysMatchTheModel() {
        List<String> types = new ArrayList<>();
        SchemaCheck.raw("flows.schema.json").at("/$defs/step/properties/type/enum").forEach(t -> types.add(t.asText()));
        assertThat(types).containsExactlyElementsOf(Arrays.stream(StepType.values()).map(StepType::key).toList());

        List<String> keys = new ArrayList<>();
        SchemaCheck.raw("tests.schema.json").at("/items/properties/turns/items/properties/expect/properties")
                .fieldNames().forEachRemaining(keys::add);
        List<String> components = Arrays.stream(ConversationTest.Expect.class.getRecordComponents())
                .map(c -> c.getName().replaceAll("([A-Z])", "_$1").toLowerCase()).toList();
        assertThat(keys).containsExactlyElementsOf(components);
    }

    @Test
    void toneSchemaHasEveryBuiltInText() {
        JsonNode props = SchemaCheck.raw("tone.schema.json").get("properties");
        assertThat(ToneReader.TEXT_KEYS).allSatisfy(k -> assertThat(props.has(k)).as(k).isTrue());
        assertThat(ToneReader.DEFAULT_TEXTS.keySet()).containsExactlyInAnyOrderElementsOf(ToneReader.TEXT_KEYS);
    }

    @Test
    void placeholdersListedInTheFaqSchemaAreTheAllowedOnes() {
        String description = SchemaCheck.raw("faqs.schema.json").get("description").asText();
        assertThat(Placeholders.BUSINESS).allSatisfy(p -> assertThat(description).contains("{" + p + "}"));
    }
}
