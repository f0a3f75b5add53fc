package dev.mostrador.core.match;

/** One thing the customer may be asking about. kind: faq, menu or doc; score in [0,1], higher is better. */
public record Candidate(String kind, String id, double score) {}
