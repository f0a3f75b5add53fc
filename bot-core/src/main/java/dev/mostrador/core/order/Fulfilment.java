package dev.mostrador.core.order;

/** How the customer gets the order. */
public enum Fulfilment {
    PICKUP, DELIVERY
}
