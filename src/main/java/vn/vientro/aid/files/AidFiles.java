package vn.vientro.aid.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.platform.Actor;
import vn.vientro.platform.VientroProperties;
import vn.vientro.shared.NotFoundException;

/**
 * Keeps the files uploaded to the aid module (dossier documents, opinion attachments, decision scans) outside the web
 * root, under {@code <data-dir>/files/ab/cd/<sha256>}, one copy per content: the same bytes uploaded twice give the
 * same {@link StoredFile}. Only PDF, Word (.docx), Excel (.xlsx), PNG and JPEG are kept, recognised from the content.
 * It does not know which item a file belongs to, so it checks no permission: the module's services that call it check
 * that the user may read or change that item. SQL, not an aggregate: a kept file never changes, and one content is
 * kept once even when two uploads of it race, which the insert that does nothing on a conflict holds.
 */
@Component
public class AidFiles {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int MAX_NAME_LENGTH = 255;

    private final JdbcClient jdbc;
    private final ContentSniffer sniffer;
    private final FileLimits limits;
    private final Path root;

    AidFiles(JdbcClient jdbc, ContentSniffer sniffer, FileLimits limits, VientroProperties properties) {
        this.jdbc = jdbc;
        this.sniffer = sniffer;
        this.limits = limits;
        this.root = properties.filesDir().toAbsolutePath().normalize();
    }

    /** Keeps a file of any of the accepted types. @throws vn.vientro.shared.InvalidInputException at {@code file} */
    @Transactional
    public StoredFile store(String originalName, byte[] content) {
        return store(originalName, content, FileType.ALL);
    }

    /** Keeps a file if its content is one of the {@code allowed} types (e.g. {@link FileType#SCANS}). */
    @Transactional
    public StoredFile store(String originalName, byte[] content, Set<FileType> allowed) {
        return keep(originalName, content, allowed, false);
    }

    /**
     * Keeps the file of a sealed record (a security opinion's reply): its row is marked confidential, so the audit
     * trail shows that it was kept only to those who read sealed records. Content kept before stays as it was.
     */
    @Transactional
    public StoredFile storeSealed(String originalName, byte[] content) {
        return keep(originalName, content, FileType.ALL, true);
    }

    private StoredFile keep(String originalName, byte[] content, Set<FileType> allowed, boolean sealed) {
        String name = checkedName(originalName);
        FileType type = sniffer.sniff(content, allowed);
        String sha256 = sha256(content);
        write(sha256, content);
        Optional<Long> inserted = jdbc.sql("""
                        insert into aid.stored_file (sha256, size_bytes, content_type, original_name, stored_by,
                                                     confidential)
                        values (:sha, :size, :type, :name, :by, :sealed)
                        on conflict (sha256) do nothing
                        returning id
                        """).param("sha", sha256).param("size", content.length).param("type", type.mediaType())
                .param("name", name).param("by", Actor.current()).param("sealed", sealed).query(Long.class)
                .optional();
        long id = inserted.orElseGet(() -> jdbc.sql("select id from aid.stored_file where sha256 = :sha")
                .param("sha", sha256).query(Long.class).single());
        return find(id).orElseThrow();
    }

    @Transactional
    public StoredFile store(String originalName, InputStream content) {
        return store(originalName, content, FileType.ALL);
    }

    /** Reads at most the size limit (plus one byte, to tell an oversized upload) and keeps the file. */
    @Transactional
    public StoredFile store(String originalName, InputStream content, Set<FileType> allowed) {
        try {
            return store(originalName, content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8,
                    limits.maxSize().toBytes() + 1)), allowed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional(readOnly = true)
    public Optional<StoredFile> find(long id) {
        return jdbc.sql("""
                select id, sha256, size_bytes, content_type, original_name, stored_by, stored_at
                from aid.stored_file where id = :id
                """).param("id", id).query((rs, n) -> new StoredFile(rs.getLong("id"), rs.getString("sha256"),
                rs.getLong("size_bytes"), rs.getString("content_type"), rs.getString("original_name"),
                rs.getString("stored_by"), rs.getObject("stored_at", java.time.OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** The file's content; the caller closes the stream. */
    public InputStream open(long id) {
        StoredFile file = find(id).orElseThrow(() -> new NotFoundException("stored file", id));
        try {
            return Files.newInputStream(path(file.sha256()));
        } catch (IOException e) {
            throw new UncheckedIOException("content of stored file " + id + " is missing", e);
        }
    }

    public byte[] read(long id) {
        try (InputStream in = open(id)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The largest file accepted, in megabytes, for forms to tell before the upload. */
    public long maxMegabytes() {
        return limits.maxMegabytes();
    }

    /** A plain file name: no folders, no parent references, no control characters. */
    private static String checkedName(String originalName) {
        String name = originalName == null ? "" : originalName.strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH || name.startsWith(".")
                || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '/' || c == '\\' || c == ':')) {
            throw ContentSniffer.refused("aid.files.name");
        }
        return name;
    }

    private void write(String sha256, byte[] content) {
        Path target = path(sha256);
        try {
            if (Files.exists(target) && Files.size(target) == content.length) {
                return;
            }
            Files.createDirectories(target.getParent());
            // Written aside, then moved: a reader never sees half a file, and two writers of the same content agree.
            Path temporary = Files.createTempFile(target.getParent(), sha256, ".part");
            try {
                Files.write(temporary, content);
                moveInPlace(temporary, target);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep file " + sha256, e);
        }
    }

    private static void moveInPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path path(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        Path path = root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalStateException("file path outside the files folder");
        }
        return path;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
