package vn.vientro.aid.appraisal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
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

/**
 * A Word document in the layout of Decree 30/2020/NĐ-CP, Appendix I: A4 portrait, margins top and bottom 20 mm, left
 * 30 mm, right 15 mm; Times New Roman; the header table (issuing body with a short rule under it, number and symbol;
 * national title and motto with a rule, place and date); body 14 pt; page numbers top centre from page 2.
 */
final class OfficialDocument {

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
    static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    private final XWPFDocument document = new XWPFDocument();

    OfficialDocument() {
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

    /**
     * The header table.
     *
     * @param parentLines the body above the issuer, in regular capitals (may be empty)
     * @param issuerLines the issuing body, bold capitals
     * @param number      "Số: …/QĐ-UBND"
     * @param dateline    "Phú Thọ, ngày 05 tháng 3 năm 2026"
     */
    void header(List<String> parentLines, List<String> issuerLines, String number, String dateline) {
        XWPFTable table = table(2, new int[] {LEFT_COLUMN, TEXT_WIDTH - LEFT_COLUMN});
        XWPFTableCell issuer = table.getRow(0).getCell(0);
        XWPFTableCell nation = table.getRow(0).getCell(1);
        parentLines.forEach(line -> run(line(issuer, ParagraphAlignment.CENTER), line, 13, false, false));
        issuerLines.forEach(line -> run(line(issuer, ParagraphAlignment.CENTER), line, 13, true, false));
        rule(line(issuer, ParagraphAlignment.CENTER), 1250);
        run(line(nation, ParagraphAlignment.CENTER), NATIONAL_TITLE, 12, true, false);
        run(line(nation, ParagraphAlignment.CENTER), MOTTO, 13, true, false);
        rule(line(nation, ParagraphAlignment.CENTER), 1450);
        run(line(table.getRow(1).getCell(0), ParagraphAlignment.CENTER), number, 13, false, false);
        run(line(table.getRow(1).getCell(1), ParagraphAlignment.CENTER), dateline, 14, false, true);
    }

    /** "Dự thảo" above the header, so that a draft is never taken for the signed document. */
    void draftMark() {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.RIGHT);
        run(paragraph, "DỰ THẢO", 12, true, true);
    }

    /** The type of document and its summary (trích yếu), bold and centred. */
    void title(String type, String summary) {
        centred(14, true, type).setSpacingBefore(240);
        centred(14, true, summary).setSpacingAfter(240);
    }

    XWPFParagraph centred(int size, boolean bold, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(120);
        run(paragraph, text, size, bold, false);
        return paragraph;
    }

    /** A body paragraph: justified, first line indented, 6 pt after. */
    XWPFParagraph body(String text) {
        XWPFParagraph paragraph = bodyParagraph();
        run(paragraph, text, 14, false, false);
        return paragraph;
    }

    /** A citation of a legal basis ("Căn cứ …;"), in italics as Decree 30/2020 shows them. */
    XWPFParagraph basis(String text) {
        XWPFParagraph paragraph = bodyParagraph();
        run(paragraph, text, 14, false, true);
        return paragraph;
    }

    /** A body paragraph starting with a bold lead-in ("Điều 1. "). */
    XWPFParagraph body(String boldLead, String text) {
        XWPFParagraph paragraph = bodyParagraph();
        run(paragraph, boldLead, 14, true, false);
        run(paragraph, text, 14, false, false);
        return paragraph;
    }

    /**
     * The closing: recipients on the left ("Nơi nhận:" bold italic 12 pt, list 11 pt), the signature block on the right.
     */
    void closing(List<String> recipients, List<String> signerLines) {
        XWPFTable table = table(1, new int[] {TEXT_WIDTH / 2, TEXT_WIDTH / 2});
        XWPFTableCell left = table.getRow(0).getCell(0);
        run(line(left, ParagraphAlignment.LEFT), "Nơi nhận:", 12, true, true);
        for (int i = 0; i < recipients.size(); i++) {
            run(line(left, ParagraphAlignment.LEFT), "- " + recipients.get(i)
                    + (i == recipients.size() - 1 ? "." : ";"), 11, false, false);
        }
        XWPFTableCell right = table.getRow(0).getCell(1);
        signerLines.forEach(line -> run(line(right, ParagraphAlignment.CENTER), line, 14, true, false));
        for (int i = 0; i < 4; i++) {
            // room for the signature and the seal, then the signer's name
            run(line(right, ParagraphAlignment.CENTER), "", 14, false, false);
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

    private XWPFParagraph bodyParagraph() {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(567);
        paragraph.setSpacingAfter(120);
        return paragraph;
    }

    /** A short horizontal rule: an empty paragraph with a bottom border, narrowed by equal indents. */
    private static void rule(XWPFParagraph paragraph, int indent) {
        paragraph.setBorderBottom(Borders.SINGLE);
        paragraph.setIndentationLeft(indent);
        paragraph.setIndentationRight(indent);
        run(paragraph, "", 2, false, false);
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
