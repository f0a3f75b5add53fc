package dev.mostrador.runtime.orders;

/** Readable order numbers: "#0001", "#0042", "#12345" once past four digits. */
public final class OrderNumbers {
    private OrderNumbers() {}

    public static String reference(long number) {
        return String.format("#%04d", number);
    }
}
