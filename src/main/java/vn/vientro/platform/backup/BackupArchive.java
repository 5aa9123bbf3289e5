package vn.vientro.platform.backup;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * A backup is one tar file: the entries, then {@code SHA256SUMS} with the SHA-256 of every other entry in the format
 * of {@code sha256sum}, so that {@code tar -xf backup.tar && sha256sum -c SHA256SUMS} checks it without the
 * application. Written aside and moved into place when complete: a half-written backup never has the final name.
 */
final class BackupArchive {

    static final String CHECKSUMS = "SHA256SUMS";
    static final String MANIFEST = "manifest.json";

    private BackupArchive() {
    }

    /** Adds entries and their checksums; {@link #finish()} writes the checksums and gives the archive its name. */
    static final class Writer implements AutoCloseable {

        private final Path target;
        private final Path partial;
        private final TarArchiveOutputStream tar;
        private final Map<String, String> sums = new LinkedHashMap<>();
        private boolean finished;

        Writer(Path target) throws IOException {
            this.target = target;
            this.partial = target.resolveSibling(target.getFileName() + ".part");
            this.tar = new TarArchiveOutputStream(Files.newOutputStream(partial));
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        }

        void add(String name, Path file) throws IOException {
            TarArchiveEntry entry = new TarArchiveEntry(name);
            entry.setSize(Files.size(file));
            entry.setModTime(Files.getLastModifiedTime(file));
            tar.putArchiveEntry(entry);
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256())) {
                in.transferTo(tar);
                sums.put(name, hex(((DigestInputStream) in).getMessageDigest()));
            }
            tar.closeArchiveEntry();
        }

        void add(String name, byte[] content) throws IOException {
            TarArchiveEntry entry = new TarArchiveEntry(name);
            entry.setSize(content.length);
            tar.putArchiveEntry(entry);
            tar.write(content);
            tar.closeArchiveEntry();
            sums.put(name, HexFormat.of().formatHex(sha256().digest(content)));
        }

        void finish() throws IOException {
            byte[] checksums = sums.entrySet().stream().map(sum -> sum.getValue() + "  " + sum.getKey() + "\n")
                    .collect(Collectors.joining()).getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry entry = new TarArchiveEntry(CHECKSUMS);
            entry.setSize(checksums.length);
            tar.putArchiveEntry(entry);
            tar.write(checksums);
            tar.closeArchiveEntry();
            tar.finish();
            tar.close();
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            finished = true;
        }

        @Override
        public void close() throws IOException {
            if (!finished) {
                tar.close();
                Files.deleteIfExists(partial);
            }
        }
    }

    /** What one entry of an archive being read gives to whoever processes it. */
    interface EntryReader {
        void read(String name, InputStream content) throws IOException;
    }

    /**
     * Reads every entry in order, checking each against {@code SHA256SUMS} as it is read; without {@code sums} (the
     * first pass) it collects them. Throws if an entry was changed, added or removed.
     */
    static Map<String, String> read(Path archive, Map<String, String> sums, EntryReader reader) throws IOException {
        Map<String, String> actual = new LinkedHashMap<>();
        Map<String, String> listed = new LinkedHashMap<>(sums);
        try (TarArchiveInputStream tar = new TarArchiveInputStream(Files.newInputStream(archive))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (!entry.isFile()) {
                    continue;
                }
                DigestInputStream content = new DigestInputStream(new UncloseableInput(tar), sha256());
                if (entry.getName().equals(CHECKSUMS)) {
                    listed.putAll(parse(new String(content.readAllBytes(), StandardCharsets.UTF_8)));
                    continue;
                }
                reader.read(entry.getName(), content);
                content.transferTo(OutputStream.nullOutputStream());
                actual.put(entry.getName(), hex(content.getMessageDigest()));
            }
        }
        if (!listed.equals(actual)) {
            throw new IOException("The backup is damaged or incomplete: its entries do not match " + CHECKSUMS);
        }
        return actual;
    }

    private static Map<String, String> parse(String checksums) {
        Map<String, String> sums = new LinkedHashMap<>();
        checksums.lines().filter(line -> !line.isBlank())
                .forEach(line -> sums.put(line.substring(66), line.substring(0, 64)));
        return sums;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The entry's content for a reader that closes what it was given: the archive stays open. */
    private static final class UncloseableInput extends FilterInputStream {

        UncloseableInput(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the tar stream goes on to the next entry
        }
    }
}
