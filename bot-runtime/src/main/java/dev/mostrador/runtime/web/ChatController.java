package dev.mostrador.runtime.web;

import dev.mostrador.core.engine.ChatEngine;
import dev.mostrador.core.engine.ChatRequest;
import dev.mostrador.core.engine.ChatResponse;
import dev.mostrador.runtime.bot.BotLoading;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Optional;

/**
 * POST /api/chat, exactly as ../shared/spec/chat-api.md: the body is taken as raw bytes, whatever its
 * content type, so malformed input always gets our 400 rather than a framework error.
 */
@Controller("/api")
public class ChatController {
    static final String CHANNEL = "web";

    private final BotLoading bot;
    private final RateLimits limits;
    private final ClientAddress clientAddress;

    public ChatController(BotLoading bot, RateLimits limits, ClientAddress clientAddress) {
        this.bot = bot;
        this.limits = limits;
        this.clientAddress = clientAddress;
    }

    @Post(uri = "/chat", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING) // the engine and SQLite block
    public HttpResponse<?> chat(HttpRequest<?> request, @Nullable @Body byte[] body) {
        ChatInput input = ChatInput.read(body);
        if (input instanceof ChatInput.Invalid invalid) return ApiError.response(HttpStatus.BAD_REQUEST, invalid.error());
        ChatInput.Valid valid = (ChatInput.Valid) input;

        Optional<Long> wait = limits.retryAfterSeconds(valid.sessionId(), clientAddress.of(request));
        if (wait.isPresent()) {
            return ApiError.response(HttpStatus.TOO_MANY_REQUESTS, "too many messages; try again in " + wait.get() + " s")
                    .header("Retry-After", Long.toString(wait.get()));
        }
        Optional<ChatEngine> engine = bot.engine();
        if (engine.isEmpty()) {
            return ApiError.response(HttpStatus.SERVICE_UNAVAILABLE, "the bot is starting; try again in a few seconds")
                    .header("Retry-After", "5");
        }
        ChatResponse response = engine.get().handle(new ChatRequest(CHANNEL, valid.sessionId(), valid.text()));
        return HttpResponse.ok(response).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
