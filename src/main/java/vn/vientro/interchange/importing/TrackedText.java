package vn.vientro.interchange.importing;

import java.io.IOException;
import java.io.Reader;

/**
 * The characters the parser reads, kept from a mark on, with the line count up to the mark. The parser reports exact
 * character offsets (Woodstox); this reader turns them into lines and cuts an activity's text out as written. The
 * parser's own line numbers are not used: counted here, they stay right however long the file.
 */
final class TrackedText extends Reader {

    /** Text before the mark is dropped once it is this long and more than half of what is kept (amortised). */
    private static final int COMPACT_AFTER = 64 * 1024;

    private final Reader in;
    private final StringBuilder kept = new StringBuilder();
    /** Offset of {@code kept}'s first character in the stream. */
    private long base;
    /** Index in {@code kept} of the mark. */
    private int mark;
    /** Lines (1-based) at the mark. */
    private long lineAtMark = 1;

    TrackedText(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            kept.append(buffer, offset, n);
        }
        return n;
    }

    /** The line holding the character at {@code offset} (at or after the mark). */
    long lineAt(long offset) {
        return lineAtMark + breaks(mark, index(offset));
    }

    /** The text from {@code from} (at or after the mark) to {@code to}. */
    String text(long from, long to) {
        return kept.substring(index(from), index(to));
    }

    /** Moves the mark to {@code offset}, counting the lines passed; the text before it may be forgotten. */
    void mark(long offset) {
        int to = index(offset);
        if (to <= mark) {
            return;
        }
        lineAtMark += breaks(mark, to);
        mark = to;
        if (mark > COMPACT_AFTER && mark > kept.length() / 2) {
            kept.delete(0, mark);
            base += mark;
            mark = 0;
        }
    }

    private int index(long offset) {
        return (int) Math.min(Math.max(offset - base, 0), kept.length());
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
