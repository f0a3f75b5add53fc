package dev.mostrador.core.model;

/** A passage of a document in docs/, e.g. id "alergenos.md#2". */
public record DocChunk(String id, String file, String text) {}
