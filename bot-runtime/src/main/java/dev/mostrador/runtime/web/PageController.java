package dev.mostrador.runtime.web;

import dev.mostrador.runtime.bot.BotLoading;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The demo page and the embeddable widget, read once from the classpath (public/) and served with exact
 * content types. The widget is cached briefly so a fix reaches every site within minutes.
 */
@Controller
public class PageController {
    static final MediaType JAVASCRIPT = MediaType.of("text/javascript;charset=utf-8");
    static final MediaType HTML = MediaType.of("text/html;charset=utf-8");

    private final String demo = new String(resource("public/demo.html"), StandardCharsets.UTF_8);
    private final byte[] widget = resource("public/widget.js");
    private final BotLoading bot;

    public PageController(BotLoading bot) {
        this.bot = bot;
    }

    /** The demo page, titled with the business's name once the bot is loaded. */
    @Get("/demo")
    public HttpResponse<String> demo() {
        String name = bot.status() instanceof BotLoading.Status.Ready ready ? ready.businessName() : "Asistente";
        return HttpResponse.ok(demo.replace("{{business}}", htmlAttribute(name))).contentType(HTML).header("Cache-Control", "no-cache")
                .header("X-Content-Type-Options", "nosniff");
    }

    @Get("/widget.js")
    public HttpResponse<byte[]> widget() {
        return HttpResponse.ok(widget).contentType(JAVASCRIPT).header("Cache-Control", "public, max-age=300")
                .header("X-Content-Type-Options", "nosniff");
    }

    private static String htmlAttribute(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("'", "&#39;");
    }

    private static byte[] resource(String path) {
        try (InputStream in = PageController.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException(path + " is missing from the jar");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
