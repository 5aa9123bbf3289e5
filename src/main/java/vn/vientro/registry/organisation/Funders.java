package vn.vientro.registry.organisation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.vientro.registry.FunderProfile;
import vn.vientro.registry.OrganisationChanged;
import vn.vientro.registry.OrganisationKind;
import vn.vientro.registry.OrganisationRegistered;
import vn.vientro.registry.OrganisationStatus;
import vn.vientro.registry.OrganisationStatusChanged;
import vn.vientro.registry.PermitChanged;
import vn.vientro.registry.PermitRecorded;

/**
 * Organisations as possible funders, answered from a snapshot held in memory: the mobilisation module ranks thousands
 * of them for each need it shows, and reading them for every request was the larger half of its time. The snapshot
 * is dropped as soon as this node commits a change to an organisation or a paper, and is at most a minute old
 * otherwise (a change made on another node).
 */
@Component
public class Funders {

    private static final Duration FRESH = Duration.ofMinutes(1);

    /** An organisation as the snapshot keeps it. */
    record Funder(long id, String nameOriginal, @Nullable String nameVi, @Nullable String nameEn,
                  OrganisationKind kind, OrganisationStatus status, List<String> priorityFields,
                  List<String> sectorCodes, List<String> communeCodes, List<Paper> papers) {
    }

    /** The period of a paper in force. */
    record Paper(LocalDate validFrom, LocalDate validUntil) {
    }

    private record Snapshot(List<Funder> funders, Instant takenAt) {
    }

    private final FunderQueries queries;
    private final Clock clock;
    private volatile @Nullable Snapshot snapshot;

    Funders(FunderQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /**
     * The organisations declaring the priority field, a sector of one of the DAC categories (3 digits) or one of the
     * communes, and the ones named, whatever they declare.
     */
    public List<FunderProfile> declaringOrNamed(@Nullable String priorityField, Collection<String> sectorCategories,
                                                Collection<String> communeCodes, Collection<Long> organisationIds) {
        Set<String> categories = Set.copyOf(sectorCategories);
        Set<String> communes = Set.copyOf(communeCodes);
        Set<Long> named = new HashSet<>(organisationIds);
        LocalDate today = LocalDate.now(clock);
        return current().stream().filter(funder -> named.contains(funder.id())
                        || priorityField != null && funder.priorityFields().contains(priorityField)
                        || funder.sectorCodes().stream().anyMatch(code -> categories.contains(category(code)))
                        || funder.communeCodes().stream().anyMatch(communes::contains))
                .map(funder -> profile(funder, today)).toList();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(OrganisationRegistered registered) {
        snapshot = null;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(OrganisationChanged changed) {
        snapshot = null;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(OrganisationStatusChanged changed) {
        snapshot = null;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PermitRecorded recorded) {
        snapshot = null;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PermitChanged changed) {
        snapshot = null;
    }

    private List<Funder> current() {
        Snapshot held = snapshot;
        Instant now = clock.instant();
        if (held == null || held.takenAt().plus(FRESH).isBefore(now)) {
            held = new Snapshot(queries.all(), now);
            snapshot = held;
        }
        return held.funders();
    }

    private static FunderProfile profile(Funder funder, LocalDate today) {
        LocalDate paperUntil = funder.papers().stream()
                .filter(paper -> !paper.validFrom().isAfter(today) && !paper.validUntil().isBefore(today))
                .map(Paper::validUntil).max(LocalDate::compareTo).orElse(null);
        return new FunderProfile(funder.id(), funder.nameOriginal(), funder.nameVi(), funder.nameEn(), funder.kind(),
                funder.status(), funder.priorityFields(), funder.sectorCodes(), funder.communeCodes(), paperUntil);
    }

    private static String category(String sectorCode) {
        return sectorCode.length() > 3 ? sectorCode.substring(0, 3) : sectorCode;
    }
}
