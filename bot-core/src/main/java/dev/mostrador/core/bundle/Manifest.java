package dev.mostrador.core.bundle;

/** What a bundle is: format version, the embedding model and its dimension, and a hash of its content. */
public record Manifest(int formatVersion, String embeddingModel, int embeddingDimension, String contentHash) {}
