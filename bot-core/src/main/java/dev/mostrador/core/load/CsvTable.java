package dev.mostrador.core.load;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file with a header line, read row by row with the line each row starts on. Broken quotes, rows with the
 * wrong number of values and unknown or missing columns become problems; rows that cannot be trusted are dropped.
 */
final class CsvTable {
    record Row(int line, Map<String, String> cells) {
        String get(String column) {
            String v = cells.get(column);
            return v == null ? "" : v.trim();
        }
    }

    /** Headers are English; owners often write them in Spanish. */
    private static final Map<String, String> SPANISH_COLUMNS = Map.ofEntries(
            Map.entry("precio", "price"), Map.entry("nombre", "name"), Map.entry("categoria", "category"),
            Map.entry("categoría", "category"), Map.entry("descripcion", "description"), Map.entry("descripción", "description"),
            Map.entry("disponible", "available"), Map.entry("etiquetas", "tags"), Map.entry("mas_vendido", "best_seller"),
            Map.entry("temporada", "seasonal"), Map.entry("alias", "aliases"), Map.entry("pregunta", "question"),
            Map.entry("respuesta", "answer"), Map.entry("tambien", "also"), Map.entry("también", "also"));
    private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)|at line: (\\d+)");

    final List<String> header;
    final List<Row> rows;

    private CsvTable(List<String> header, List<Row> rows) {
        this.header = header;
        this.rows = rows;
    }

    /**
     * @param required columns that must be in the header
     * @param known every accepted column; {@code knownPattern} accepts extra ones (e.g. answer_en), may be null
     */
    static Optional<CsvTable> read(Path path, String file, List<String> required, List<String> known, Pattern knownPattern,
            Problems problems) throws IOException {
        Optional<String> read = Document.readText(path, file, problems);
        if (read.isEmpty()) return Optional.empty();
        String text = read.get();
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setIgnoreSurroundingSpaces(true).get();
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                int line = (int) parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!it.hasNext()) break;
                    record = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    reportBroken(file, line, e, problems);
                    return Optional.empty(); // the parser cannot go on after a broken quote
                }
                if (record.size() == 1 && record.get(0).isBlank()) continue; // empty line
                List<String> values = record.toList();
                if (header == null) {
                    header = values.stream().map(v -> v.trim().toLowerCase(Locale.ROOT)).toList();
                    if (!checkHeader(file, header, required, known, knownPattern, problems)) return Optional.empty();
                    continue;
                }
                if (values.size() != header.size()) {
                    problems.add(file, line, "this row has " + values.size() + " values but the header has " + header.size() + " columns",
                            "check for a missing or extra comma; put values that contain commas in quotes, like \"Cerdo, piña\"");
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) cells.put(header.get(i), values.get(i));
                rows.add(new Row(line, cells));
            }
        }
        if (header == null) {
            problems.add(file, 1, "the file is empty", "the first line must be the header: " + String.join(",", known));
            return Optional.empty();
        }
        return Optional.of(new CsvTable(header, rows));
    }

    private static boolean checkHeader(String file, List<String> header, List<String> required, List<String> known,
            Pattern knownPattern, Problems problems) {
        boolean ok = true;
        List<String> unknown = new ArrayList<>();
        for (String column : header) {
            if (!known.contains(column) && (knownPattern == null || !knownPattern.matcher(column).matches())) unknown.add(column);
        }
        List<String> missing = required.stream().filter(r -> !header.contains(r)).toList();
        if (!missing.isEmpty() && missing.size() == required.size()) {
            problems.add(file, 1, "the first line is not a header (it has none of the columns " + String.join(", ", required) + ")",
                    "start the file with the header line: " + String.join(",", known));
            return false;
        }
        for (String column : unknown) {
            String translated = SPANISH_COLUMNS.get(column);
            String hint = translated != null && known.contains(translated)
                    ? "did you mean '" + translated + "'? "
                    : Spelling.didYouMean(column, known, "'", "'");
            problems.add(file, 1, "unknown column '" + column + "'", hint + "the columns are: " + String.join(", ", known));
            ok = false;
        }
        for (String column : missing) {
            problems.add(file, 1, "the header has no '" + column + "' column", "add the column " + column + " to the first line");
            ok = false;
        }
        for (int i = 0; i < header.size(); i++) {
            if (header.indexOf(header.get(i)) != i) {
                problems.add(file, 1, "column '" + header.get(i) + "' is written twice in the header", "keep it once");
                ok = false;
            }
        }
        return ok;
    }

    private static void reportBroken(String file, int line, RuntimeException e, Problems problems) {
        String text = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : String.valueOf(e.getMessage());
        Matcher m = START_LINE.matcher(text);
        int at = line;
        if (m.find()) at = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
        if (text.contains("EOF reached before encapsulated token finished")) {
            problems.add(file, at, "a quote (\") opened in this row is never closed",
                    "close the quote at the end of the value; to write a quote inside a quoted value write it twice: \"\"");
        } else if (text.contains("Invalid character between encapsulated token and delimiter")) {
            problems.add(file, at, "text after a closing quote (\")",
                    "put the whole value in quotes and write a quote inside it twice: \"\"");
        } else {
            problems.add(file, at, "cannot read this CSV row (" + text + ")", "check the quotes and commas of this row");
        }
    }

    static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        for (String part : cell.split("\\|")) {
            if (!part.isBlank()) out.add(part.trim());
        }
        return out;
    }
}
