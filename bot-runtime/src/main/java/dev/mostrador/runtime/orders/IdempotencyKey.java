package dev.mostrador.runtime.orders;

import dev.mostrador.core.port.OrderSink.Line;
import dev.mostrador.core.port.OrderSink.PlacedOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Names a confirmed draft: the session, the flow and a hash of what was confirmed (answers, lines, total).
 * A repeated "sí" or a retried request confirms the same draft and so gets the same key; the request time
 * is left out on purpose, since a retry arrives later.
 */
public final class IdempotencyKey {
    private IdempotencyKey() {}

    public static String of(PlacedOrder order) {
        StringBuilder draft = new StringBuilder();
        draft.append(order.flowId()).append('\n').append(order.currency()).append('\n')
                .append(order.total().stripTrailingZeros().toPlainString()).append('\n');
        for (Map.Entry<String, String> a : new TreeMap<>(order.answers()).entrySet()) {
            draft.append(a.getKey()).append('=').append(a.getValue()).append('\n');
        }
        for (Line l : order.lines()) {
            draft.append(l.itemId()).append('×').append(l.quantity()).append('@')
                    .append(l.unitPrice().stripTrailingZeros().toPlainString()).append('\n');
        }
        return order.sessionId() + "/" + order.flowId() + "/" + sha256(draft.toString()).substring(0, 32);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
