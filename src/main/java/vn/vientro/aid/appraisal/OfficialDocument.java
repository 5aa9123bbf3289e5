package vn.vientro.aid.appraisal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.w3c.dom.Element;

/**
 * Lays out a document template's XHTML as a Word document in the layout of Decree 30/2020/NĐ-CP, Appendix I: A4
 * portrait, margins top and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman; the header table (issuing body
 * with a short rule under it, number and symbol; national title and motto with a rule, place and date); body 14 pt;
 * page numbers top centre from page 2. The words and the order of the parts are the template's; only the layout is here.
 * Other modules lay out their official documents (the monitoring module's reminder letters) with it too.
 */
@org.springframework.modulith.NamedInterface("documents")
public final class OfficialDocument {

    static final String FONT = "Times New Roman";
    /** Twentieths of a point: A4 is 210 × 297 mm; 1 mm = 56.7 twips. */
    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int MARGIN_TOP = 1134;
    private static final int MARGIN_BOTTOM = 1134;
    private static final int MARGIN_LEFT = 1701;
    private static final int MARGIN_RIGHT = 851;
    private static final int TEXT_WIDTH = A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    private static final int LEFT_COLUMN = 3700;
    /** The rules under the issuer and under the motto, narrowed by equal indents to about a third of their column. */
    private static final int[] RULE_INDENTS = {1250, 1450};
    /** Empty lines left under the signer's title for the signature and the seal. */
    private static final int SIGNATURE_LINES = 4;

    private record Style(ParagraphAlignment alignment, int size, boolean bold, boolean italic) {
    }

    /** The lines of the header and closing tables, by class. */
    private static final Map<String, Style> LINES = Map.ofEntries(
            Map.entry("parent", new Style(ParagraphAlignment.CENTER, 13, false, false)),
            Map.entry("issuer", new Style(ParagraphAlignment.CENTER, 13, true, false)),
            Map.entry("nation", new Style(ParagraphAlignment.CENTER, 12, true, false)),
            Map.entry("motto", new Style(ParagraphAlignment.CENTER, 13, true, false)),
            Map.entry("number", new Style(ParagraphAlignment.CENTER, 13, false, false)),
            // a letter's summary under its number ("V/v đôn đốc nộp báo cáo"), Decree 30/2020 Appendix I
            Map.entry("summary", new Style(ParagraphAlignment.CENTER, 12, false, false)),
            Map.entry("dateline", new Style(ParagraphAlignment.CENTER, 14, false, true)),
            Map.entry("label", new Style(ParagraphAlignment.LEFT, 12, true, true)),
            Map.entry("recipient", new Style(ParagraphAlignment.LEFT, 11, false, false)),
            Map.entry("signer", new Style(ParagraphAlignment.CENTER, 14, true, false)),
            Map.entry("name", new Style(ParagraphAlignment.CENTER, 14, true, false)));

    private final XWPFDocument document = new XWPFDocument();

    private OfficialDocument() {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
        pageNumbersFromPageTwo();
    }

    /** The .docx of a rendered document template. */
    public static byte[] write(String xhtml) {
        OfficialDocument document = new OfficialDocument();
        DocumentXhtml.bodyParts(xhtml).forEach(document::part);
        return document.bytes();
    }

    private void part(Element part) {
        switch (part.getLocalName()) {
            case "table" -> table(part);
            // the type of document and its summary (trích yếu), bold and centred
            case "h1" -> centred(part, true).setSpacingBefore(240);
            case "h2" -> centred(part, true).setSpacingAfter(240);
            case "p" -> paragraph(part);
            default -> throw new IllegalArgumentException("no layout for <" + part.getLocalName() + ">");
        }
    }

    private void paragraph(Element part) {
        switch (DocumentXhtml.className(part)) {
            // above the header, so that a draft is never taken for the signed document
            case "draft" -> {
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.setAlignment(ParagraphAlignment.RIGHT);
                runs(paragraph, part, new Style(ParagraphAlignment.RIGHT, 12, true, true));
            }
            case "centred" -> centred(part, false);
            // a citation of a legal basis ("Căn cứ …;"), in italics as Decree 30/2020 shows them
            case "basis" -> runs(bodyParagraph(), part, new Style(ParagraphAlignment.BOTH, 14, false, true));
            case "" -> runs(bodyParagraph(), part, new Style(ParagraphAlignment.BOTH, 14, false, false));
            default -> throw new IllegalArgumentException("no layout for <p class=\"" + DocumentXhtml.className(part)
                    + "\">");
        }
    }

    private XWPFParagraph centred(Element part, boolean bold) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(120);
        runs(paragraph, part, new Style(ParagraphAlignment.CENTER, 14, bold, false));
        return paragraph;
    }

    /** A body paragraph: justified, first line indented, 6 pt after. */
    private XWPFParagraph bodyParagraph() {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(567);
        paragraph.setSpacingAfter(120);
        return paragraph;
    }

    /**
     * The header table (two columns, the issuer's narrower) or the closing: recipients on the left, the signature
     * block on the right, with room under the title for the signature and the seal, then the signer's name, if
     * recorded.
     */
    private void table(Element part) {
        boolean closing = "closing".equals(DocumentXhtml.className(part));
        List<Element> rows = DocumentXhtml.children(part);
        XWPFTable table = table(rows.size(), closing ? new int[] {TEXT_WIDTH / 2, TEXT_WIDTH / 2}
                : new int[] {LEFT_COLUMN, TEXT_WIDTH - LEFT_COLUMN});
        for (int row = 0; row < rows.size(); row++) {
            List<Element> cells = DocumentXhtml.children(rows.get(row));
            for (int column = 0; column < cells.size(); column++) {
                cellLines(table.getRow(row).getCell(column), cells.get(column), column, closing && column == 1);
            }
        }
    }

    private void cellLines(XWPFTableCell cell, Element content, int column, boolean signature) {
        boolean spaced = false;
        for (Element line : DocumentXhtml.children(content)) {
            if (signature && !spaced && "name".equals(DocumentXhtml.className(line))) {
                signatureSpace(cell);
                spaced = true;
            }
            if ("hr".equals(line.getLocalName())) {
                rule(line(cell, ParagraphAlignment.CENTER), RULE_INDENTS[column]);
                continue;
            }
            Style style = LINES.get(DocumentXhtml.className(line));
            if (style == null) {
                throw new IllegalArgumentException("no layout for a line of class \"" + DocumentXhtml.className(line)
                        + "\"");
            }
            runs(line(cell, style.alignment()), line, style);
        }
        if (signature && !spaced) {
            signatureSpace(cell);
        }
    }

    private static void signatureSpace(XWPFTableCell cell) {
        for (int i = 0; i < SIGNATURE_LINES; i++) {
            run(line(cell, ParagraphAlignment.CENTER), "", 14, false, false);
        }
    }

    byte[] bytes() {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void pageNumbersFromPageTwo() {
        document.createHeader(HeaderFooterType.FIRST);
        XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = header.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.getCTP().addNewFldSimple().setInstr("PAGE");
    }

    private XWPFTable table(int rows, int[] widths) {
        XWPFTable table = document.createTable(rows, widths.length);
        table.removeBorders();
        table.setWidth(String.valueOf(TEXT_WIDTH));
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < widths.length; column++) {
                table.getRow(row).getCell(column).setWidth(String.valueOf(widths[column]));
            }
        }
        return table;
    }

    /** The cell's next line: its first, still empty paragraph, or a new one. */
    private static XWPFParagraph line(XWPFTableCell cell, ParagraphAlignment alignment) {
        List<XWPFParagraph> paragraphs = cell.getParagraphs();
        XWPFParagraph last = paragraphs.get(paragraphs.size() - 1);
        XWPFParagraph paragraph = paragraphs.size() == 1 && last.getRuns().isEmpty() ? last : cell.addParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(0);
        return paragraph;
    }

    /** A short horizontal rule: an empty paragraph with a bottom border, narrowed by equal indents. */
    private static void rule(XWPFParagraph paragraph, int indent) {
        paragraph.setBorderBottom(Borders.SINGLE);
        paragraph.setIndentationLeft(indent);
        paragraph.setIndentationRight(indent);
        run(paragraph, "", 2, false, false);
    }

    /** The paragraph's text in the style's size; {@code <b>} and {@code <i>} add weight and slant to its own. */
    private static void runs(XWPFParagraph paragraph, Element part, Style style) {
        for (DocumentXhtml.Run run : DocumentXhtml.runs(part)) {
            run(paragraph, run.text(), style.size(), style.bold() || run.bold(), style.italic() || run.italic());
        }
    }

    private static void run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
    }
}
