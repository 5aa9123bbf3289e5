package vn.vientro.aid.dossier;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.files.AidFiles;
import vn.vientro.aid.files.FileType;
import vn.vientro.aid.files.StoredFile;
import vn.vientro.shared.NotFoundException;

/**
 * The signed scans of an item's decisions ({@code aid.decision.scan_file_id}): the decision is recorded with its
 * number when the move is made; the leader's office or the focal point attaches the signed paper (PDF or picture).
 */
@Service
public class DecisionScans {

    private final JdbcClient jdbc;
    private final AidFiles files;

    DecisionScans(JdbcClient jdbc, AidFiles files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    @PreAuthorize(AidPolicy.READ)
    @Transactional(readOnly = true)
    public List<DecisionScan> of(long itemId) {
        return jdbc.sql("""
                select d.id, d.kind, d.number, d.signed_on, d.scan_file_id, f.content_type
                from aid.decision d left join aid.stored_file f on f.id = d.scan_file_id
                where d.aid_item = :item order by d.signed_on, d.id
                """).param("item", itemId).query((rs, n) -> new DecisionScan(rs.getLong("id"), rs.getString("kind"),
                rs.getString("number"), rs.getObject("signed_on", java.time.LocalDate.class),
                (Long) rs.getObject("scan_file_id"), scanName(rs.getLong("id"), rs.getString("number"),
                rs.getString("content_type")))).list();
    }

    /** Attaches (or replaces) the signed scan. @throws vn.vientro.shared.InvalidInputException at {@code file} */
    @PreAuthorize(AidPolicy.ATTACH_SCANS)
    @Transactional
    public DecisionScan attach(long itemId, long decisionId, String fileName, byte[] content) {
        decision(itemId, decisionId);
        StoredFile file = files.store(fileName, content, FileType.SCANS);
        jdbc.sql("update aid.decision set scan_file_id = :file where id = :id and aid_item = :item")
                .param("file", file.id()).param("id", decisionId).param("item", itemId).update();
        return decision(itemId, decisionId);
    }

    @PreAuthorize(AidPolicy.READ)
    @Transactional(readOnly = true)
    Download download(long itemId, long decisionId) {
        DecisionScan decision = decision(itemId, decisionId);
        if (decision.scanFileId() == null) {
            throw new NotFoundException("decision scan", decisionId);
        }
        StoredFile file = files.find(decision.scanFileId()).orElseThrow();
        return new Download(file, java.util.Objects.requireNonNull(decision.scanName()));
    }

    /**
     * The scan is offered under the decision's number ({@code quyet-dinh-12-QĐ-UBND.pdf}), not the name of whoever
     * first uploaded the same bytes: a kept file is shared by every upload of its content.
     */
    private static @Nullable String scanName(long decisionId, @Nullable String number, @Nullable String contentType) {
        if (contentType == null) {
            return null;
        }
        String label = number == null || number.isBlank() ? Long.toString(decisionId)
                : number.strip().replaceAll("[\\\\/:*?\"<>|\\s]+", "-");
        return "quyet-dinh-" + label + "." + FileType.ofMediaType(contentType).extension();
    }

    private DecisionScan decision(long itemId, long decisionId) {
        return of(itemId).stream().filter(d -> d.decisionId() == decisionId).findFirst()
                .orElseThrow(() -> new NotFoundException("decision", decisionId));
    }
}
