package vn.vientro.interchange.importing;

/** One {@code iati-activity} as written in the file: its position (1-based), the line it starts on, its text. */
record RawActivity(int position, long line, String text) {
}
