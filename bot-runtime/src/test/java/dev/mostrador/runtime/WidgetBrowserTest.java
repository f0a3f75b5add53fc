package dev.mostrador.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.mostrador.runtime.bot.BotLoading;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The widget as a customer meets it: a shop's page on another origin embeds the snippet; headless Chromium
 * opens the chat, asks, reads the answer and taps a quick reply. Needs Debian's chromium and chromium-driver
 * (.ci/run installs them); without them this test fails, it never skips.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WidgetBrowserTest implements TestPropertyProvider {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @Inject EmbeddedServer server;
    @Inject BotLoading bot;

    private HttpServer shop;
    private Path profile;

    @Override
    public Map<String, String> getProperties() {
        try {
            shop = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            shop.createContext("/", exchange -> {
                byte[] page = shopPage().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, page.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(page);
                }
            });
            shop.start();
            return Map.of(
                    "bot.business-dir", TestBusiness.dir().toString(),
                    "bot.data-dir", TestDirs.dir("mostrador-browser-").toString(),
                    "bot.cors-origins", shopOrigin());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String shopOrigin() {
        return "http://127.0.0.1:" + shop.getAddress().getPort();
    }

    /** A plain shop page on its own origin with the embed snippet, exactly as an owner pastes it. */
    private String shopPage() {
        String bot = "http://127.0.0.1:" + server.getPort();
        return "<!doctype html><html lang=\"es\"><head><meta charset=\"utf-8\"><title>Tienda</title></head>"
                + "<body><h1>Tacos El Güero</h1><p>Bienvenidos a nuestra página.</p>"
                + "<script src=\"" + bot + "/widget.js\" defer></script>"
                + "<div id=\"ai-bot\" data-business=\"Tacos El Güero\"></div></body></html>";
    }

    @AfterAll
    void stopShop() {
        if (shop != null) shop.stop(0);
    }

    @BeforeEach
    void botIsLoaded() {
        assertThat(bot.awaitLoaded()).isInstanceOf(BotLoading.Status.Ready.class);
    }

    @Test
    void aCustomerChatsFromAnotherSite() throws Exception {
        assertThat(CHROMIUM).as("Chromium is required: apt-get install chromium chromium-driver").isExecutable();
        assertThat(CHROMEDRIVER).as("chromedriver is required: apt-get install chromium-driver").isExecutable();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = TestDirs.dir("mostrador-chromium-");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.get(shopOrigin() + "/");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            SearchContext widget = wait.until(d -> d.findElement(By.id("ai-bot")).getShadowRoot());

            WebElement launcher = widget.findElement(By.cssSelector(".mst-launcher"));
            assertThat(launcher.getAttribute("aria-label")).isEqualTo("Abrir el chat");
            launcher.click();
            WebElement input = wait.until(d -> {
                WebElement i = widget.findElement(By.cssSelector(".mst-input"));
                return i.isDisplayed() ? i : null;
            });

            input.sendKeys("hola, a q hora abren?");
            widget.findElement(By.cssSelector(".mst-send")).click();
            String answer = awaitBotMessages(wait, widget, 2);
            assertThat(answer).contains("11:00");
            assertThat(widget.findElements(By.cssSelector(".mst-error"))).isEmpty();

            List<WebElement> chips = wait.until(d -> {
                List<WebElement> c = widget.findElements(By.cssSelector(".mst-chip"));
                return c.isEmpty() ? null : c;
            });
            String label = chips.get(0).getText();
            chips.get(0).click();
            String second = awaitBotMessages(wait, widget, 3);
            assertThat(second).isNotBlank();
            List<WebElement> mine = widget.findElements(By.cssSelector(".mst-you"));
            assertThat(mine.get(mine.size() - 1).getText()).contains(label);
            assertThat(widget.findElements(By.cssSelector(".mst-error"))).isEmpty();

            // Markup a customer types is shown as text, never run as HTML.
            input = widget.findElement(By.cssSelector(".mst-input"));
            input.sendKeys("<img src=x onerror=\"document.title='pwned'\"> hola");
            widget.findElement(By.cssSelector(".mst-send")).click();
            awaitBotMessages(wait, widget, 4);
            assertThat(widget.findElements(By.cssSelector(".mst-log img"))).isEmpty();
            mine = widget.findElements(By.cssSelector(".mst-you"));
            assertThat(mine.get(mine.size() - 1).getText()).contains("<img src=x");
            assertThat(driver.getTitle()).isEqualTo("Tienda");

            Path shot = Path.of("target", "widget-browser-test.png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } finally {
            driver.quit();
        }
    }

    /** Waits until the log holds {@code count} bot messages (greeting included), returns the last one's text. */
    private static String awaitBotMessages(WebDriverWait wait, SearchContext widget, int count) {
        return wait.until(d -> {
            if (!widget.findElements(By.cssSelector(".mst-typing")).isEmpty()) return null;
            List<WebElement> bot = widget.findElements(By.cssSelector(".mst-bot"));
            return bot.size() >= count ? bot.get(bot.size() - 1).getText() : null;
        });
    }
}
