package vn.vientro.interchange.importing;

import java.io.IOException;
import java.io.Reader;

/**
 * The characters the parser reads, kept from a mark on, with the line count up to the mark. The parser reports exact
 * character offsets (Woodstox); this reader turns them into lines and cuts an activity's text out as written. The
 * parser's own line numbers are not used: counted here, they stay right however long the file.
 */
final class TrackedText extends Reader {

    private final Reader in;
    private final StringBuilder kept = new StringBuilder();
    /** Offset of {@code kept}'s first character in the stream. */
    private long base;
    /** Lines (1-based) at {@code base}. */
    private long lineAtBase = 1;
    private long read;

    TrackedText(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            kept.append(buffer, offset, n);
            read += n;
        }
        return n;
    }

    /** The line holding the character at {@code offset} (at or after the mark). */
    long lineAt(long offset) {
        return lineAtBase + breaks(0, (int) (offset - base));
    }

    /** The text from {@code from} (at or after the mark) to {@code to}. */
    String text(long from, long to) {
        return kept.substring((int) (from - base), (int) (to - base));
    }

    /** Forgets the text before {@code offset}, keeping its line count. */
    void mark(long offset) {
        int cut = (int) Math.min(offset - base, kept.length());
        if (cut <= 0) {
            return;
        }
        lineAtBase += breaks(0, cut);
        kept.delete(0, cut);
        base += cut;
    }

    long charactersRead() {
        return read;
    }

    /** Line breaks in kept[from, to): LF, CR LF, and a CR alone (XML 1.0 §2.11). */
    private long breaks(int from, int to) {
        long count = 0;
        for (int i = from; i < to; i++) {
            char c = kept.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= kept.length() || kept.charAt(i + 1) != '\n')) {
                count++;
            }
        }
        return count;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
