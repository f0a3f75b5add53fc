package dev.mostrador.core.bundle;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The JSON form of bundle entries. Deterministic on purpose: properties and map keys sorted, sets written in
 * sorted order (record sets such as {@code Location.days} come from {@code Set.copyOf}, whose iteration order
 * changes between runs), java.time as ISO strings, BigDecimal exactly as given (so "150.00" stays "150.00").
 */
final class BundleJson {
    private BundleJson() {}

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("sorted-sets").addSerializer(new SortedSetSerializer()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class SortedSetSerializer extends StdSerializer<Set> {
        SortedSetSerializer() {
            super(Set.class);
        }

        @Override
        public void serialize(Set value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            List sorted = new ArrayList(value);
            if (sorted.stream().allMatch(e -> e instanceof Comparable)) {
                sorted.sort(null);
            } else {
                sorted.sort((a, b) -> String.valueOf(a).compareTo(String.valueOf(b)));
            }
            gen.writeStartArray();
            for (Object e : sorted) provider.defaultSerializeValue(e, gen);
            gen.writeEndArray();
        }
    }
}
