package dev.mostrador.core.order;

import java.util.List;

/**
 * What the parser understood from one message. {@code lines} are the clear, available items with valid
 * quantities (same item mentioned twice is one line); everything else is reported so the engine can ask.
 * {@code consumed} are the character spans that were read as items and quantities, so the engine can
 * look for other answers (name, payment) in the rest of the message.
 */
public record ParsedOrder(
        List<OrderLine> lines,
        List<Unknown> unknown,
        List<Ambiguity> ambiguities,
        List<SoldOut> soldOut,
        List<BadQuantity> badQuantities,
        List<Span> consumed) {

    public ParsedOrder {
        lines = List.copyOf(lines);
        unknown = List.copyOf(unknown);
        ambiguities = List.copyOf(ambiguities);
        soldOut = List.copyOf(soldOut);
        badQuantities = List.copyOf(badQuantities);
        consumed = List.copyOf(consumed);
    }

    public ParsedOrder(List<OrderLine> lines, List<Unknown> unknown, List<Ambiguity> ambiguities,
                       List<SoldOut> soldOut, List<BadQuantity> badQuantities) {
        this(lines, unknown, ambiguities, soldOut, badQuantities, List.of());
    }

    /** At least one line and nothing left to ask about. */
    public boolean complete() {
        return !lines.isEmpty() && unknown.isEmpty() && ambiguities.isEmpty() && soldOut.isEmpty()
                && badQuantities.isEmpty();
    }

    /** Nothing at all was recognized as an order (no lines and no problems): the message was about something else. */
    public boolean empty() {
        return lines.isEmpty() && unknown.isEmpty() && ambiguities.isEmpty() && soldOut.isEmpty()
                && badQuantities.isEmpty();
    }
}
