package dev.mostrador.core.load;

import dev.mostrador.core.model.DocChunk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * docs/ into passages the bot can quote: .md, .txt and .pdf files (others are ignored), in name order, split by
 * heading and paragraph into chunks of at most {@value #MAX} characters, with ids like {@code alergenos.md#1}.
 */
final class DocReader {
    static final int MAX = 800;
    private final Problems problems;

    DocReader(Problems problems) {
        this.problems = problems;
    }

    List<DocChunk> read(Path docsDir, String folderName) throws IOException {
        List<DocChunk> chunks = new ArrayList<>();
        if (!Files.isDirectory(docsDir)) return chunks;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(docsDir)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        for (Path path : files) {
            String relative = docsDir.relativize(path).toString().replace('\\', '/');
            String file = folderName + "/docs/" + relative;
            String name = relative.toLowerCase(Locale.ROOT);
            String text;
            if (name.endsWith(".md") || name.endsWith(".txt")) {
                text = plainText(path, file);
            } else if (name.endsWith(".pdf")) {
                text = pdfText(path, file);
            } else {
                continue;
            }
            if (text == null) continue;
            List<String> parts = chunk(text);
            for (int i = 0; i < parts.size(); i++) {
                chunks.add(new DocChunk(relative + "#" + (i + 1), relative, parts.get(i)));
            }
        }
        return chunks;
    }

    private String plainText(Path path, String file) throws IOException {
        return Document.readText(path, file, problems).orElse(null);
    }

    private String pdfText(Path path, String file) {
        try (PDDocument pdf = Loader.loadPDF(path.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            if (text.isBlank()) {
                problems.add(file, 0, "this PDF has no text the bot can read (it may be a scanned image)",
                        "save the text as a .txt or .md file in docs/ instead");
                return null;
            }
            return text;
        } catch (IOException e) {
            problems.add(file, 0, "cannot read this PDF (" + e.getMessage() + ")",
                    "export it again as PDF, or save the text as a .txt or .md file in docs/");
            return null;
        }
    }

    /** Paragraphs are kept whole when they fit; a heading starts a new chunk and stays with the text under it. */
    static List<String> chunk(String text) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            boolean heading = line.startsWith("#");
            if (line.isBlank() || heading) {
                if (!block.isEmpty()) blocks.add(block.toString().trim());
                block.setLength(0);
            }
            if (!line.isBlank()) block.append(block.isEmpty() ? "" : "\n").append(line.trim());
            if (heading) {
                blocks.add(block.toString().trim());
                block.setLength(0);
            }
        }
        if (!block.isEmpty()) blocks.add(block.toString().trim());

        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean currentIsOnlyHeading = false;
        for (String b : blocks) {
            boolean heading = b.startsWith("#");
            if (heading && !current.isEmpty() && !currentIsOnlyHeading) {
                chunks.add(current.toString());
                current.setLength(0);
            }
            for (String piece : split(b)) {
                if (!current.isEmpty() && current.length() + 2 + piece.length() > MAX) {
                    chunks.add(current.toString());
                    current.setLength(0);
                }
                current.append(current.isEmpty() ? "" : "\n\n").append(piece);
            }
            currentIsOnlyHeading = heading;
        }
        if (!current.isEmpty()) chunks.add(current.toString());
        return chunks;
    }

    /** A block longer than a chunk is cut at sentence ends, else at spaces. */
    private static List<String> split(String block) {
        List<String> pieces = new ArrayList<>();
        String rest = block;
        while (rest.length() > MAX) {
            int cut = Math.max(rest.lastIndexOf(". ", MAX), rest.lastIndexOf(".\n", MAX));
            if (cut < MAX / 3) cut = rest.lastIndexOf(' ', MAX);
            if (cut < MAX / 3) cut = MAX - 1;
            pieces.add(rest.substring(0, cut + 1).trim());
            rest = rest.substring(cut + 1).trim();
        }
        if (!rest.isEmpty()) pieces.add(rest);
        return pieces;
    }
}
