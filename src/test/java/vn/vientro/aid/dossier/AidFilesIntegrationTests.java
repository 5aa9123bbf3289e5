package vn.vientro.aid.dossier;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.vientro.aid.files.AidFiles;
import vn.vientro.aid.files.FileType;
import vn.vientro.aid.files.StoredFile;
import vn.vientro.platform.VientroProperties;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The file store: what it accepts by content, what it refuses, and one copy per content outside the web root. */
@VientroIntegrationTest
class AidFilesIntegrationTests {

    @Autowired
    AidFiles files;
    @Autowired
    VientroProperties properties;
    @Autowired
    MessageSource messages;

    @BeforeEach
    void signIn() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("focal",
                null, List.of(new SimpleGrantedAuthority("ROLE_FOCAL_POINT"))));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void keepsEachAcceptedTypeByItsContentUnderItsHashOutsideTheWebRoot() throws Exception {
        StoredFile pdf = files.store("to-trinh.pdf", Samples.pdf("files test pdf"));
        byte[] word = Samples.docx("files test docx"); // POI stamps the creation time: build it once
        StoredFile docx = files.store("van-kien.docx", word);
        StoredFile xlsx = files.store("danh-muc.xlsx", Samples.xlsx("files test xlsx"));
        StoredFile png = files.store("anh.png", Samples.png());

        assertThat(List.of(pdf.type(), docx.type(), xlsx.type(), png.type()))
                .containsExactly(FileType.PDF, FileType.DOCX, FileType.XLSX, FileType.PNG);
        Path kept = properties.filesDir().resolve(pdf.sha256().substring(0, 2)).resolve(pdf.sha256().substring(2, 4))
                .resolve(pdf.sha256());
        assertThat(Files.readAllBytes(kept)).isEqualTo(Samples.pdf("files test pdf"));
        assertThat(files.read(docx.id())).isEqualTo(word);
        assertThat(pdf.sizeBytes()).isEqualTo(Samples.pdf("files test pdf").length);
        assertThat(pdf.storedBy()).isEqualTo("focal");
    }

    @Test
    void theSameContentTwiceIsOneFile() {
        StoredFile first = files.store("a.pdf", Samples.pdf("twice"));
        StoredFile second = files.store("b.pdf", Samples.pdf("twice"));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.originalName()).isEqualTo("a.pdf");
        assertThat(files.store("c.pdf", new java.io.ByteArrayInputStream(Samples.pdf("twice"))).id())
                .isEqualTo(first.id());
        assertThat(refusal(() -> files.store("d.pdf", new java.io.ByteArrayInputStream(new byte[21 * 1024 * 1024]))))
                .startsWith("Tệp lớn hơn 20 MB");
    }

    @Test
    void theTypeComesFromTheContentNeverFromTheName() {
        assertThat(files.store("ho-so.exe", Samples.pdf("named exe")).type()).isEqualTo(FileType.PDF);
        assertThat(files.store("ho-so.exe", Samples.pdf("named exe")).downloadName("ho-so.exe"))
                .isEqualTo("ho-so.exe.pdf");
        assertThat(refusal(() -> files.store("to-trinh.pdf", "Đây không phải PDF".getBytes(StandardCharsets.UTF_8))))
                .contains("text/plain");
        assertThat(refusal(() -> files.store("to-trinh.pdf", Samples.exe()))).contains("application/x-msdownload");
        assertThat(refusal(() -> files.store("scan.pdf", Samples.docx("not a scan"), FileType.SCANS)))
                .isEqualTo("Ở đây chỉ nhận tệp PDF, PNG, JPEG.");
    }

    @Test
    void refusesEmptyOversizedBrokenAndBombFiles() {
        assertThat(refusal(() -> files.store("rong.pdf", new byte[0]))).isEqualTo("Tệp rỗng: hãy chọn lại tệp.");
        byte[] big = Samples.pdf("big");
        byte[] oversized = java.util.Arrays.copyOf(big, 20 * 1024 * 1024 + 1);
        assertThat(refusal(() -> files.store("lon.pdf", oversized))).startsWith("Tệp lớn hơn 20 MB");
        assertThat(refusal(() -> files.store("bom.docx", Samples.docxBomb(50))))
                .isEqualTo("Tệp bị từ chối vì khi giải nén lớn bất thường so với kích thước tệp (có thể là tệp độc hại).");
        assertThat(refusal(() -> files.store("nhieu.docx", Samples.manyEntries(2100)))).contains("bất thường");
        byte[] docx = Samples.docx("truncated");
        assertThat(refusal(() -> files.store("hong.docx", java.util.Arrays.copyOf(docx, docx.length / 2))))
                .contains("bị hỏng");
    }

    @Test
    void refusesNamesThatCarryAPath() {
        for (String name : List.of("../../etc/passwd.pdf", "..\\boot.pdf", "C:evil.pdf", ".hidden.pdf", "a\u0000.pdf",
                " ")) {
            assertThat(refusal(() -> files.store(name, Samples.pdf("name")))).as(name).startsWith("Tên tệp không hợp lệ");
        }
    }

    private String refusal(Runnable upload) {
        try {
            upload.run();
        } catch (InvalidInputException e) {
            assertThat(e.field()).isEqualTo("file");
            return messages.getMessage(e.messageKey(), e.arguments(), java.util.Locale.forLanguageTag("vi"));
        }
        throw new AssertionError("not refused");
    }
}
