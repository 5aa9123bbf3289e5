package vn.vientro.reporting.official;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * A printed table's column widths, measured from its content with the bundled font's own advance widths, so the PDF can
 * lay the table out with {@code table-layout: fixed} (each row laid out once, never measured) and still never let a
 * number run into its neighbour: a column of numbers or days, which does not wrap, gets the width of its widest cell
 * (the totals row in bold included); the heading's longest word fits every column; the text columns share what is left,
 * each towards the width its longest cell would take on one line, so short texts stay on one line and long ones wrap.
 * Widths are percentages of the table, so the page's preview follows the same proportions.
 */
final class ColumnWidths {

    /** Points per millimetre. */
    private static final double MM = 72 / 25.4;
    /** The cells' left and right padding together, and a margin for rounding, in points. */
    private static final double PADDING = 2 * 2.5 + 3;
    /** What a cell takes besides its content's width: its left and right padding and one border (points). */
    private static final double BOX = 2 * 2.5 + 0.5;
    /** A text column never takes more than this share of the table on its own; no column less than this (points). */
    private static final double TEXT_CAP = 0.34;
    private static final double TEXT_MIN = 22;
    /** The share of a line's width a wrapped text fills on average, the rest left by words that did not fit. */
    private static final double WRAPPED = 0.88;
    /** Past this many lines a row is as long as its longest text makes it anyway. */
    private static final int MAX_LINES = 12;

    private static final Metrics REGULAR = Metrics.of(ReportFonts.REGULAR);
    private static final Metrics BOLD = Metrics.of(ReportFonts.BOLD);

    private ColumnWidths() {
    }

    /**
     * The widths, in percent of the table, of a table printed {@code widthMm} wide in type of {@code fontPt} points.
     * A row takes as many lines as its tallest cell: the text columns are made as narrow as holds every text in the
     * fewest lines the page's width allows, then share what is left as they are wide.
     *
     * @param headings the columns' headings
     * @param wraps    per column, whether its cells may wrap (text) or must stay on one line (numbers, days)
     * @param cells    the rows' cells, as printed
     * @param totals   the totals row's cells (bold), or null
     * @param printed  per column, the printed column it is set in (a column printed under another shares its index)
     */
    static List<Double> of(double widthMm, double fontPt, List<String> headings, List<Boolean> wraps,
                           List<List<String>> cells, List<String> totals, int[] printed) {
        int columns = headings.size();
        double[] need = new double[columns]; // one line, the widest cell
        double[] least = new double[columns]; // the longest word, or the whole cell where it may not wrap
        for (int c = 0; c < columns; c++) {
            least[c] = BOLD.longestWord(headings.get(c)) * fontPt + PADDING;
            need[c] = least[c];
        }
        for (List<String> row : cells) {
            measure(row, REGULAR, fontPt, wraps, need, least);
        }
        if (totals != null) {
            measure(totals, BOLD, fontPt, wraps, need, least);
        }
        List<List<Integer>> parts = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            if (printed[c] == parts.size()) {
                parts.add(new ArrayList<>());
            }
            parts.get(printed[c]).add(c);
        }
        int n = parts.size();
        double width = widthMm * MM;
        double[] widths = new double[n];
        int lines = parts.stream().mapToInt(List::size).max().orElse(1);
        for (; lines <= MAX_LINES; lines++) {
            double sum = 0;
            for (int p = 0; p < n; p++) {
                List<Integer> part = parts.get(p);
                widths[p] = wraps(part, wraps) ? Math.min(width * TEXT_CAP,
                        Math.max(TEXT_MIN, narrowest(part, need, least, lines))) : Math.max(TEXT_MIN,
                        most(part, least));
                sum += widths[p];
            }
            if (sum <= width) {
                break;
            }
        }
        // what is left goes first to the texts that still wrap, as much as each lacks for one line, then to every
        // column as it is wide (headings wrap less)
        double sum = 0;
        double lacking = 0;
        double[] lacks = new double[n];
        for (int p = 0; p < n; p++) {
            sum += widths[p];
            if (wraps(parts.get(p), wraps)) {
                lacks[p] = Math.max(0, Math.min(width * TEXT_CAP, most(parts.get(p), need)) - widths[p]);
                lacking += lacks[p];
            }
        }
        double extra = Math.max(0, width - sum);
        if (lacking > 0) {
            double given = Math.min(extra, lacking);
            for (int p = 0; p < n; p++) {
                widths[p] += given * lacks[p] / lacking;
            }
            extra -= given;
            sum += given;
        }
        if (extra > 0) {
            for (int p = 0; p < n; p++) {
                widths[p] += extra * widths[p] / sum;
            }
        }
        double total = 0;
        for (double w : widths) {
            total += w;
        }
        // a cell's width is its content's: the table's width less each column's padding and border, shared
        List<Double> percents = new ArrayList<>(n);
        for (double w : widths) {
            percents.add(Math.floor((w * width / total - BOX) * 10000 / width) / 100.0);
        }
        return percents;
    }

    private static boolean wraps(List<Integer> part, List<Boolean> wraps) {
        return part.stream().anyMatch(wraps::get);
    }

    private static double most(List<Integer> part, double[] values) {
        return part.stream().mapToDouble(c -> values[c]).max().orElse(0);
    }

    /**
     * The narrowest width at which a printed column's parts, each on lines of its own and none narrower than its
     * longest word, take at most {@code lines} lines together.
     */
    private static double narrowest(List<Integer> part, double[] need, double[] least, int lines) {
        double low = most(part, least);
        double high = Math.max(low, most(part, need));
        if (linesAt(part, need, high) > lines) {
            return high;
        }
        for (int i = 0; i < 30 && high - low > 0.5; i++) {
            double mid = (low + high) / 2;
            if (linesAt(part, need, mid) <= lines) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return high;
    }

    /**
     * The lines a printed column's parts take at a width: a text's words break only between them, so a wrapped line
     * holds a little less than the width ({@link #WRAPPED}).
     */
    private static int linesAt(List<Integer> part, double[] need, double width) {
        int sum = 0;
        for (int c : part) {
            sum += need[c] <= width ? 1 : Math.max(2, (int) Math.ceil((need[c] - PADDING)
                    / Math.max(1, (width - PADDING) * WRAPPED) - 1e-9));
        }
        return sum;
    }

    private static void measure(List<String> row, Metrics metrics, double fontPt, List<Boolean> wraps, double[] need,
                                double[] least) {
        for (int c = 0; c < need.length; c++) {
            String text = row.get(c);
            double line = metrics.width(text) * fontPt + PADDING;
            need[c] = Math.max(need[c], line);
            least[c] = Math.max(least[c], (wraps.get(c) ? metrics.longestWord(text) * fontPt : line - PADDING)
                    + PADDING);
        }
    }

    /** The advance widths, in ems, of the font's characters up to U+2000 (Latin with every Vietnamese letter). */
    private static final class Metrics {

        private static final int LIMIT = 0x2000;
        private final float[] ems = new float[LIMIT];
        private final float average;

        private Metrics(TrueTypeFont font) throws IOException {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            float units = font.getUnitsPerEm();
            for (int ch = 0; ch < LIMIT; ch++) {
                int glyph = cmap.getGlyphId(ch);
                ems[ch] = glyph == 0 ? 0 : font.getAdvanceWidth(glyph) / units;
            }
            average = ems['n'];
        }

        static Metrics of(ReportFonts.Face face) {
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()))) {
                return new Metrics(font);
            } catch (IOException e) {
                throw new IllegalStateException("bundled font unreadable: " + face.name(), e);
            }
        }

        /** The widest run between spaces, where a line may break. */
        double longestWord(String text) {
            double longest = 0;
            double word = 0;
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch == ' ') {
                    longest = Math.max(longest, word);
                    word = 0;
                } else {
                    word += ch < LIMIT ? ems[ch] : average;
                }
            }
            return Math.max(longest, word);
        }

        double width(String text) {
            double sum = 0;
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                sum += ch < LIMIT ? ems[ch] : average;
            }
            return sum;
        }
    }
}
