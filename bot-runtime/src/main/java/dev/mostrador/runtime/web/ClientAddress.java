package dev.mostrador.runtime.web;

import dev.mostrador.runtime.RuntimeSettings;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * Who is sending, for the per-client rate limit. Forwarding headers are trusted only behind our own reverse
 * proxy (BOT_BEHIND_PROXY=true), and then only their last entry, the one the proxy itself appended:
 * anything before it was written by the client and could be forged.
 */
@Singleton
public class ClientAddress {
    private final boolean behindProxy;

    public ClientAddress(RuntimeSettings settings) {
        this.behindProxy = settings.behindProxy();
    }

    public String of(HttpRequest<?> request) {
        if (behindProxy) {
            List<String> forwarded = request.getHeaders().getAll("X-Forwarded-For");
            if (!forwarded.isEmpty()) {
                String last = forwarded.get(forwarded.size() - 1);
                String[] hops = last.split(",");
                String hop = hops[hops.length - 1].trim();
                if (!hop.isEmpty()) return hop;
            }
        }
        InetSocketAddress remote = request.getRemoteAddress();
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }
}
