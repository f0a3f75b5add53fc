package dev.mostrador.runtime.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whatever escapes a controller becomes {"error": "internal error"}: the trace goes to our log, never to the
 * customer's browser.
 */
@Singleton
public class UnexpectedErrors implements ExceptionHandler<Exception, HttpResponse<?>> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrors.class);

    @Override
    public HttpResponse<?> handle(HttpRequest request, Exception exception) {
        LOG.error("Unexpected error on {} {}", request.getMethod(), request.getPath(), exception);
        return ApiError.response(HttpStatus.INTERNAL_SERVER_ERROR, "internal error");
    }
}
