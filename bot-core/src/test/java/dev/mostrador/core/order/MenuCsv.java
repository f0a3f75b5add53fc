package dev.mostrador.core.order;

import dev.mostrador.core.model.MenuItem;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads a menu.csv test resource (the real loader lives elsewhere; this only feeds parser tests real files). */
final class MenuCsv {
    private MenuCsv() {}

    static List<MenuItem> read(String resource) {
        try (Reader in = new InputStreamReader(MenuCsv.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).stream()
                    .map(MenuCsv::item).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MenuItem item(CSVRecord r) {
        return new MenuItem(r.get("id"), r.get("name"), r.get("category"), new BigDecimal(r.get("price")),
                r.get("description"), Boolean.parseBoolean(r.get("available")), pipes(r.get("tags")),
                Boolean.parseBoolean(r.get("best_seller")), Boolean.parseBoolean(r.get("seasonal")), pipes(r.get("aliases")));
    }

    private static List<String> pipes(String value) {
        return value == null || value.isBlank() ? List.of() : Arrays.stream(value.split("\\|")).map(String::trim).toList();
    }
}
