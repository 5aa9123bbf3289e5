package vn.vientro.aid.dossier;

import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.files.AidFiles;
import vn.vientro.aid.files.FileType;
import vn.vientro.aid.files.StoredFile;
import vn.vientro.aid.lifecycle.DecisionView;
import vn.vientro.aid.lifecycle.Lifecycle;
import vn.vientro.shared.NotFoundException;

/**
 * The signed scans of an item's decisions: the decision is recorded with its number when the move is made (the
 * lifecycle keeps it); the leader's office or the focal point attaches the signed paper (PDF or picture).
 */
@Service
public class DecisionScans {

    private final Lifecycle lifecycle;
    private final AidFiles files;

    DecisionScans(Lifecycle lifecycle, AidFiles files) {
        this.lifecycle = lifecycle;
        this.files = files;
    }

    @PreAuthorize(AidPolicy.READ)
    @Transactional(readOnly = true)
    public List<DecisionScan> of(long itemId) {
        return lifecycle.decisions(itemId).stream()
                .sorted(Comparator.comparing(DecisionView::signedOn).thenComparingLong(DecisionView::id))
                .map(this::scan).toList();
    }

    /** Attaches (or replaces) the signed scan. @throws vn.vientro.shared.InvalidInputException at {@code file} */
    @PreAuthorize(AidPolicy.ATTACH_SCANS)
    @Transactional
    public DecisionScan attach(long itemId, long decisionId, String fileName, byte[] content) {
        decision(itemId, decisionId);
        StoredFile file = files.store(fileName, content, FileType.SCANS);
        lifecycle.attachScan(itemId, decisionId, file.id());
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

    private DecisionScan scan(DecisionView decision) {
        @Nullable StoredFile file = decision.scanFileId() == null ? null
                : files.find(decision.scanFileId()).orElse(null);
        return new DecisionScan(decision.id(), decision.kind(), decision.number(), decision.signedOn(),
                decision.scanFileId(), file == null ? null : scanName(decision.id(), decision.number(), file));
    }

    /**
     * The scan is offered under the decision's number ({@code quyet-dinh-12-QĐ-UBND.pdf}), not the name of whoever
     * first uploaded the same bytes: a kept file is shared by every upload of its content.
     */
    private static String scanName(long decisionId, @Nullable String number, StoredFile file) {
        String label = number == null || number.isBlank() ? Long.toString(decisionId)
                : number.strip().replaceAll("[\\\\/:*?\"<>|\\s]+", "-");
        return "quyet-dinh-" + label + "." + file.type().extension();
    }

    private DecisionScan decision(long itemId, long decisionId) {
        return of(itemId).stream().filter(d -> d.decisionId() == decisionId).findFirst()
                .orElseThrow(() -> new NotFoundException("decision", decisionId));
    }
}
