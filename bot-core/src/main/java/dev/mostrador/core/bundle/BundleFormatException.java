package dev.mostrador.core.bundle;

/** The file is not a bundle this version can read (other format version or embedding model, or damaged). */
public class BundleFormatException extends Exception {
    public BundleFormatException(String message) {
        super(message);
    }
}
