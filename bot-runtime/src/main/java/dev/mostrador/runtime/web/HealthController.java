package dev.mostrador.runtime.web;

import dev.mostrador.runtime.bot.BotLoading;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.util.Map;

/** GET /health: 200 {"status":"UP"} once the bot can answer; 503 while it loads or if it failed to. */
@Controller
public class HealthController {
    private final BotLoading bot;

    public HealthController(BotLoading bot) {
        this.bot = bot;
    }

    @Get(uri = "/health", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<Map<String, String>> health() {
        BotLoading.Status status = bot.status();
        if (status instanceof BotLoading.Status.Ready) return HttpResponse.ok(Map.of("status", "UP"));
        String state = status instanceof BotLoading.Status.Failed ? "DOWN" : "STARTING";
        return HttpResponse.<Map<String, String>>status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("status", state));
    }
}
