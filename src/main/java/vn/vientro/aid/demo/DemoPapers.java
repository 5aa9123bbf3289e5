package vn.vientro.aid.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Small but real Word documents for the demo dossiers: a title and a line saying what the paper is. */
final class DemoPapers {

    private DemoPapers() {
    }

    static byte[] docx(String title, String body) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph heading = document.createParagraph();
            XWPFRun run = heading.createRun();
            run.setBold(true);
            run.setFontFamily("Times New Roman");
            run.setFontSize(14);
            run.setText(title);
            XWPFRun text = document.createParagraph().createRun();
            text.setFontFamily("Times New Roman");
            text.setFontSize(13);
            text.setText(body);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
