package dev.mostrador.runtime.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.util.Map;

/** The API's one error shape: {@code {"error": "..."}}, never a stack trace. */
final class ApiError {
    private ApiError() {}

    static MutableHttpResponse<Map<String, String>> response(HttpStatus status, String message) {
        return HttpResponse.<Map<String, String>>status(status).body(Map.of("error", message))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
