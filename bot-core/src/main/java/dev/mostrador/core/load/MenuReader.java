package dev.mostrador.core.load;

import dev.mostrador.core.model.MenuItem;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * menu.csv into {@link MenuItem}s. Prices are dot-decimal numbers of at least 0. The yes/no columns accept
 * true/false, and also sí/si/no and yes/no because owners write them; empty means the default
 * (available: true, best_seller and seasonal: false).
 */
final class MenuReader {
    static final List<String> COLUMNS = List.of("id", "name", "category", "price", "description", "available", "tags",
            "best_seller", "seasonal", "aliases");
    private static final Pattern PRICE = Pattern.compile("[0-9]+(\\.[0-9]+)?");
    private static final Pattern COMMA_PRICE = Pattern.compile("[0-9]+,[0-9]{1,2}");
    private static final Pattern DECORATED_PRICE = Pattern.compile("[^0-9]*([0-9]+(\\.[0-9]+)?)[^0-9]*");

    /** Where each menu id was written, for tests that refer to it. */
    final Map<String, Integer> idLines = new LinkedHashMap<>();
    private final Problems problems;

    MenuReader(Problems problems) {
        this.problems = problems;
    }

    List<MenuItem> read(Path path, String file) throws IOException {
        Optional<CsvTable> table = CsvTable.read(path, file, List.of("id", "name", "price"), COLUMNS, null, problems);
        List<MenuItem> items = new ArrayList<>();
        if (table.isEmpty()) return items;
        for (CsvTable.Row row : table.get().rows) {
            MenuItem item = item(file, row);
            if (item != null) items.add(item);
        }
        return items;
    }

    private MenuItem item(String file, CsvTable.Row row) {
        int line = row.line();
        boolean ok = true;
        String id = row.get("id");
        if (id.isEmpty()) {
            problems.add(file, line, "id is empty", "give the item an id, e.g. " + (row.get("name").isEmpty() ? "taco-pastor" : Spelling.slug(row.get("name"))));
            ok = false;
        } else if (!FaqReader.ID.matcher(id).matches()) {
            problems.add(file, line, "id '" + id + "' is not valid", "use lowercase letters, digits, _ and - only, e.g. " + Spelling.slug(id));
            ok = false;
        } else {
            Integer first = idLines.putIfAbsent(id, line);
            if (first != null) {
                problems.add(file, line, "duplicate menu id '" + id + "' (lines " + first + " and " + line + ")", "give each item its own id");
                ok = false;
            }
        }
        if (row.get("name").isEmpty()) {
            problems.add(file, line, "name is empty", "write the name customers see");
            ok = false;
        }
        BigDecimal price = price(file, line, row.get("price"));
        Boolean available = yesNo(file, line, row, "available", true);
        Boolean bestSeller = yesNo(file, line, row, "best_seller", false);
        Boolean seasonal = yesNo(file, line, row, "seasonal", false);
        if (!ok || price == null || available == null || bestSeller == null || seasonal == null) return null;
        return new MenuItem(id, row.get("name"), row.get("category"), price, row.get("description"), available,
                CsvTable.split(row.get("tags")), bestSeller, seasonal, CsvTable.split(row.get("aliases")));
    }

    private BigDecimal price(String file, int line, String raw) {
        if (raw.isEmpty()) {
            problems.add(file, line, "price is empty", "write a number like 25 or 4.50, or 0 for a free item");
            return null;
        }
        if (PRICE.matcher(raw).matches()) return new BigDecimal(raw);
        String fix;
        if (COMMA_PRICE.matcher(raw).matches()) {
            fix = "write " + raw.replace(',', '.');
        } else if (raw.startsWith("-")) {
            problems.add(file, line, "price \"" + raw + "\" is below zero", "write 0 or more");
            return null;
        } else if (raw.matches("(?i)gratis|free|gratuito|sin costo|0,0+")) {
            fix = "write 0 for a free item";
        } else {
            var m = DECORATED_PRICE.matcher(raw.replace(" ", ""));
            fix = m.matches() ? "write " + m.group(1) + " (only the number, in the business currency)"
                    : "write a number with a dot decimal separator, like 25 or 4.50";
        }
        problems.add(file, line, "price \"" + raw + "\" is not a number", fix);
        return null;
    }

    private Boolean yesNo(String file, int line, CsvTable.Row row, String column, boolean empty) {
        String v = row.get(column).toLowerCase(Locale.ROOT);
        return switch (v) {
            case "" -> empty;
            case "true", "sí", "si", "yes" -> true;
            case "false", "no" -> false;
            default -> {
                problems.add(file, line, column + " \"" + row.get(column) + "\" is not true or false", "write true or false");
                yield null;
            }
        };
    }
}
