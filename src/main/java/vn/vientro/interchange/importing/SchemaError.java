package vn.vientro.interchange.importing;

/** A complaint of the IATI schema (in its own words, English) about a line of the file. */
public record SchemaError(long line, String message) {

    /** The complaint in the reader's language where it has a text there ({@link SchemaMessages}). */
    public SchemaMessages.Message text() {
        return SchemaMessages.of(message);
    }
}
