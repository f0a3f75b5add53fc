package dev.mostrador.runtime.web;

import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * The framework's own errors (404, 405, 413...) take the API's shape too, {"error": "..."}, so a client
 * parses one kind of error body.
 */
@Singleton
public class ErrorBodies implements ErrorResponseProcessor<Map<String, String>> {
    @Override
    public MutableHttpResponse<Map<String, String>> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        String message = context.getErrors().stream().map(Error::getMessage).findFirst()
                .orElse(response.getStatus().getReason());
        return response.body(Map.of("error", message)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
