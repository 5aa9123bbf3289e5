package vn.vientro.reporting.official;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.ClassPathResource;

/**
 * The bundled DejaVu Serif faces (a Times-like face with every Vietnamese letter), each read from the classpath once
 * for the application and shared by every document and by the column measures ({@link ColumnWidths}).
 */
final class ReportFonts {

    static final String FAMILY = "DejaVu Serif";
    static final Face REGULAR = new Face("DejaVuSerif.ttf");
    static final Face BOLD = new Face("DejaVuSerif-Bold.ttf");
    static final Face ITALIC = new Face("DejaVuSerif-Italic.ttf");

    private ReportFonts() {
    }

    /** A face's bytes, read when the class is first used. */
    record Face(String name, byte[] bytes) {

        Face(String name) {
            this(name, read(name));
        }

        private static byte[] read(String name) {
            try (InputStream in = new ClassPathResource("fonts/" + name).getInputStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException("bundled font missing: " + name, e);
            }
        }
    }
}
