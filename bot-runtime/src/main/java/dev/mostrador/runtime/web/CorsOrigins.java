package dev.mostrador.runtime.web;

import dev.mostrador.runtime.RuntimeSettings;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.cors.CorsOriginConfiguration;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/**
 * Lets the widget call the API from the sites in BOT_CORS_ORIGINS, and from no other. Set in code rather than
 * application.yml because an empty origin list there would mean "any origin" to Micronaut.
 */
@Singleton
public class CorsOrigins implements BeanCreatedEventListener<HttpServerConfiguration.CorsConfiguration> {
    private final RuntimeSettings settings;

    public CorsOrigins(RuntimeSettings settings) {
        this.settings = settings;
    }

    @Override
    public HttpServerConfiguration.CorsConfiguration onCreated(BeanCreatedEvent<HttpServerConfiguration.CorsConfiguration> event) {
        HttpServerConfiguration.CorsConfiguration cors = event.getBean();
        List<String> origins = settings.corsOriginList();
        if (origins.isEmpty()) {
            cors.setEnabled(false); // same origin only: /demo still works
            return cors;
        }
        CorsOriginConfiguration widget = new CorsOriginConfiguration();
        widget.setAllowedOrigins(origins);
        widget.setAllowedMethods(List.of(HttpMethod.POST, HttpMethod.GET));
        // Any request header: no credentials are ever sent, and Micronaut refuses a preflight that names no
        // headers when a header list is set.
        widget.setExposedHeaders(List.of("Retry-After")); // so the widget can say how long to wait after a 429
        widget.setAllowCredentials(false);
        widget.setMaxAge(3600L);
        cors.setEnabled(true);
        cors.setConfigurations(Map.of("widget", widget));
        return cors;
    }
}
