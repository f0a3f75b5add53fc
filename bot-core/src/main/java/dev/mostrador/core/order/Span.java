package dev.mostrador.core.order;

/** Characters [start, end) of the customer's message that the parser or slot extractor used. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }

    public String of(String text) {
        return text.substring(start, end);
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
