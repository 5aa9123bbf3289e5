package vn.vientro.interchange.importing;

/**
 * The file could not be read past a line (broken or cut-off XML, bytes that are not text in its encoding): the
 * activities before it were read, none after. {@code messageKey} says which; {@code detail} is the parser's words.
 */
record FileStop(long line, String messageKey, String detail) {
}
