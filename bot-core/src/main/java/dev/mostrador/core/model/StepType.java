package dev.mostrador.core.model;

/** How a flow step's answer is understood and validated. */
public enum StepType {
    TEXT, INTEGER, PHONE, MENU_ITEM, ORDER_ITEMS, CHOICE;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
