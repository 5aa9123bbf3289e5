package vn.vientro.platform.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackupArchiveTests {

    @TempDir
    Path dir;

    private Path archiveOf(Map<String, String> entries) throws IOException {
        Path archive = dir.resolve("backup.tar");
        try (BackupArchive.Writer writer = new BackupArchive.Writer(archive)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                writer.add(entry.getKey(), entry.getValue().getBytes(StandardCharsets.UTF_8));
            }
            writer.finish();
        }
        return archive;
    }

    private static Map<String, String> read(Path archive) throws IOException {
        Map<String, String> read = new LinkedHashMap<>();
        BackupArchive.read(archive, Map.of(), (name, content) ->
                read.put(name, new String(content.readAllBytes(), StandardCharsets.UTF_8)));
        return read;
    }

    @Test
    void readsBackEveryEntryCheckedAgainstItsChecksum() throws IOException {
        Path archive = archiveOf(Map.of("manifest.json", "{}", "files/ab/cd/abcd", "nội dung"));
        assertThat(read(archive)).containsOnlyKeys("manifest.json", "files/ab/cd/abcd")
                .containsEntry("files/ab/cd/abcd", "nội dung");
        assertThat(dir.resolve("backup.tar.part")).doesNotExist();
    }

    @Test
    void refusesAnArchiveWithAChangedByte() throws IOException {
        Path archive = archiveOf(Map.of("manifest.json", "{\"rows\": 12345}"));
        byte[] bytes = Files.readAllBytes(archive);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("12345");
        bytes[at] = '9';
        Files.write(archive, bytes);
        assertThatThrownBy(() -> read(archive)).isInstanceOf(IOException.class).hasMessageContaining("damaged");
    }

    @Test
    void refusesAnArchiveCutShort() throws IOException {
        Path archive = archiveOf(Map.of("manifest.json", "{}", "files/one", "x".repeat(5000)));
        byte[] bytes = Files.readAllBytes(archive);
        Files.write(archive, Arrays.copyOf(bytes, 2048));
        assertThatThrownBy(() -> read(archive)).isInstanceOf(IOException.class);
    }

    @Test
    void leavesNoHalfWrittenArchiveBehindWhenWritingFails() throws IOException {
        Path archive = dir.resolve("backup.tar");
        try (BackupArchive.Writer writer = new BackupArchive.Writer(archive)) {
            writer.add("manifest.json", new byte[] {1});
        }
        assertThat(archive).doesNotExist();
        assertThat(dir.resolve("backup.tar.part")).doesNotExist();
    }
}
