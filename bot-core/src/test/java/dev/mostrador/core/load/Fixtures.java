package dev.mostrador.core.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Business folders under src/test/resources/fixtures, copied to a temp dir so a test may add files. */
final class Fixtures {
    private Fixtures() {}

    /** fixtures/{name}/business copied to {tmp}/{name}/business. */
    static Path copy(String name, Path tmp) {
        try {
            URL url = Fixtures.class.getClassLoader().getResource("fixtures/" + name + "/business");
            if (url == null) throw new IllegalArgumentException("no fixture " + name);
            Path source = Path.of(url.toURI());
            Path target = tmp.resolve(name).resolve("business");
            try (Stream<Path> walk = Files.walk(source)) {
                for (Path p : walk.toList()) {
                    Path t = target.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(t);
                    else Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A one-page PDF with the given lines, made with PDFBox like an owner's exported document. */
    static void writePdf(Path file, String... lines) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.setLeading(16);
                content.newLineAtOffset(50, 700);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            pdf.save(file.toFile());
        }
    }
}
