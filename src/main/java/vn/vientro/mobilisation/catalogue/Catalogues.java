package vn.vientro.mobilisation.catalogue;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.mobilisation.MobilisationPolicy;
import vn.vientro.mobilisation.NeedStatus;
import vn.vientro.mobilisation.need.CatalogueNeeds;
import vn.vientro.mobilisation.need.NeedStep;
import vn.vientro.mobilisation.need.NeedView;
import vn.vientro.platform.Actor;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.StaleVersionException;

/**
 * The catalogue by plan period (seed 004 §2.2): the appraisal lead compiles each yearly version from the accepted
 * needs, a leader approves it by the province's decision, which approves the needs it adds and freezes what it lists;
 * everyone working on the catalogue reads the approved versions, and what changed from one to the next.
 */
@Service
public class Catalogues {

    private static final Set<NeedStatus> CALLING = Set.of(NeedStatus.APPROVED, NeedStatus.PUBLISHED);

    private final CataloguePeriodRepository periods;
    private final CatalogueVersionRepository versions;
    private final CatalogueQueries queries;
    private final CatalogueNeeds needs;
    private final MobilisationPolicy policy;
    private final Clock clock;

    Catalogues(CataloguePeriodRepository periods, CatalogueVersionRepository versions, CatalogueQueries queries,
               CatalogueNeeds needs, MobilisationPolicy policy, Clock clock) {
        this.periods = periods;
        this.versions = versions;
        this.queries = queries;
        this.needs = needs;
        this.policy = policy;
        this.clock = clock;
    }

    @PreAuthorize(MobilisationPolicy.READ_CATALOGUES)
    @Transactional(readOnly = true)
    public List<PeriodRow> periods() {
        return queries.periods();
    }

    /** Opens a plan period, without versions yet. */
    @PreAuthorize(MobilisationPolicy.COMPILE)
    @Transactional
    public long openPeriod(int firstYear, int lastYear) {
        if (periods.findAll().stream().anyMatch(p -> p.firstYear() == firstYear && p.lastYear() == lastYear)) {
            throw new CatalogueChangeRefusedException("mobilisation.catalogue.period.exists", "firstYear",
                    Integer.toString(firstYear), Integer.toString(lastYear)); // years, never grouped as amounts
        }
        return periods.save(CataloguePeriod.open(firstYear, lastYear, Actor.current())).id();
    }

    @PreAuthorize(MobilisationPolicy.READ_CATALOGUES)
    @Transactional(readOnly = true)
    public PeriodRow period(long periodId) {
        return queries.period(periodId).orElseThrow(() -> new NotFoundException("catalogue period", periodId));
    }

    /** The period's versions: the approved ones, and the draft for those who read drafts. */
    @PreAuthorize(MobilisationPolicy.READ_CATALOGUES)
    @Transactional(readOnly = true)
    public List<VersionRow> versions(long periodId) {
        period(periodId);
        return queries.versions(periodId, policy.readsSubmitted());
    }

    /** Opens the period's next revision as a draft: one at a time. */
    @PreAuthorize(MobilisationPolicy.COMPILE)
    @Transactional
    public long openVersion(long periodId) {
        period(periodId);
        if (queries.hasDraft(periodId)) {
            throw new CatalogueChangeRefusedException("mobilisation.catalogue.version.draftExists", null);
        }
        CatalogueVersion draft = CatalogueVersion.open(periodId, queries.nextRevision(periodId), Actor.current());
        return Objects.requireNonNull(versions.save(draft).id());
    }

    @PreAuthorize(MobilisationPolicy.READ_CATALOGUE_VERSION)
    @Transactional(readOnly = true)
    public VersionView version(long versionId) {
        VersionHeader header = header(versionId);
        return new VersionView(header, header.approved() ? queries.entries(versionId) : preview(header));
    }

    /** The accepted needs the appraisal lead may put into a draft. */
    @PreAuthorize(MobilisationPolicy.COMPILE)
    @Transactional(readOnly = true)
    public List<Candidate> candidates() {
        return queries.candidates();
    }

    /** The needs put into the draft, which the appraisal lead may take out again. */
    @PreAuthorize(MobilisationPolicy.COMPILE)
    @Transactional(readOnly = true)
    public List<Long> included(long versionId) {
        return versions.findById(versionId).map(CatalogueVersion::includedNeeds)
                .orElseThrow(() -> new NotFoundException("catalogue version", versionId));
    }

    /** Puts an accepted need into the draft; approving the version approves it. */
    @PreAuthorize(MobilisationPolicy.COMPILE)
    @Transactional
    public void include(long versionId, long expectedVersion, long needId) {
        CatalogueVersion draft = load(versionId, expectedVersion);
        if (queries.candidates().stream().noneMatch(candidate -> candidate.needId() == needId)
                && !draft.includedNeeds().contains(needId)) {
            throw new CatalogueChangeRefusedException("mobilisation.catalogue.need.notAccepted", "needId");
        }
        draft.include(needId);
        versions.save(draft);
    }

    @PreAuthorize(MobilisationPolicy.COMPILE)
    @Transactional
    public void exclude(long versionId, long expectedVersion, long needId) {
        CatalogueVersion draft = load(versionId, expectedVersion);
        draft.exclude(needId);
        versions.save(draft);
    }

    /**
     * Approves the draft by the province's decision: the accepted needs it adds are approved by that decision (their
     * timelines say so), and the version freezes what it lists and what left since the previous version.
     */
    @PreAuthorize(MobilisationPolicy.APPROVE_CATALOGUE)
    @Transactional
    public void approve(long versionId, long expectedVersion, NeedStep decision) {
        CatalogueVersion draft = load(versionId, expectedVersion);
        VersionHeader header = header(versionId);
        if (header.approved()) {
            throw new CatalogueChangeRefusedException("mobilisation.catalogue.version.frozen", null);
        }
        NeedStep checked = needs.catalogueDecision(decision);
        draft.includedNeeds().forEach(needId -> needs.approveInCatalogue(needId, checked));
        List<CatalogueEntry> approved = preview(header);
        draft.approve(Objects.requireNonNull(checked.referenceNumber()),
                Objects.requireNonNull(checked.referenceDate()), checked.fileId(), approved, Actor.current(),
                clock.instant());
        versions.save(draft);
    }

    /** What the version changed since the previous approved version of its period. */
    @PreAuthorize(MobilisationPolicy.READ_CATALOGUE_VERSION)
    @Transactional(readOnly = true)
    public CatalogueChanges changes(long versionId) {
        VersionView version = version(versionId);
        VersionHeader header = version.header();
        java.util.Optional<Long> previous = queries.previousApproved(header.periodId(), header.revision());
        Set<Long> before = previous.map(id -> queries.entries(id).stream().filter(CatalogueEntry::listed)
                .map(CatalogueEntry::needId).collect(java.util.stream.Collectors.toSet())).orElse(Set.of());
        List<CatalogueEntry> added = version.listed().stream().filter(e -> !before.contains(e.needId())).toList();
        return new CatalogueChanges(header, previous.flatMap(queries::header).map(VersionHeader::revision)
                .orElse(null), added, standing(version, EntryStanding.WITHDRAWN),
                standing(version, EntryStanding.FUNDED));
    }

    /** An approved version's needs, for its exports: a draft is not exported, whoever asks. */
    @PreAuthorize(MobilisationPolicy.READ_CATALOGUE_VERSION)
    @Transactional(readOnly = true)
    public VersionView approvedVersion(long versionId) {
        VersionView version = version(versionId);
        if (!version.header().approved()) {
            throw new CatalogueChangeRefusedException("mobilisation.catalogue.version.notApproved", null);
        }
        return version;
    }

    private static List<CatalogueEntry> standing(VersionView version, EntryStanding standing) {
        return version.entries().stream().filter(entry -> entry.standing() == standing).toList();
    }

    /**
     * What approving the draft now lists: the previous version's needs still calling for aid and the needs put in,
     * by priority field then title, followed by the previous version's needs withdrawn or funded since.
     */
    private List<CatalogueEntry> preview(VersionHeader header) {
        List<NeedView> listed = new java.util.ArrayList<>();
        List<CatalogueEntry> departed = new java.util.ArrayList<>();
        queries.previousApproved(header.periodId(), header.revision()).ifPresent(previous ->
                queries.entries(previous).stream().filter(CatalogueEntry::listed).forEach(entry -> {
                    NeedView need = needs.get(entry.needId());
                    if (CALLING.contains(need.status())) {
                        listed.add(need);
                    } else if (need.status() == NeedStatus.WITHDRAWN || need.status() == NeedStatus.FUNDED) {
                        departed.add(CatalogueEntry.of(need, EntryStanding.valueOf(need.status().name())));
                    }
                }));
        CatalogueVersion draft = versions.findById(header.id()).orElseThrow();
        draft.includedNeeds().forEach(needId -> listed.add(needs.get(needId)));
        java.text.Collator vietnamese = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"));
        listed.sort(java.util.Comparator.comparing(NeedView::priorityField)
                .thenComparing(NeedView::titleVi, vietnamese));
        List<CatalogueEntry> entries = new java.util.ArrayList<>(listed.stream()
                .map(need -> CatalogueEntry.of(need, EntryStanding.LISTED)).toList());
        entries.addAll(departed);
        return entries;
    }

    private VersionHeader header(long versionId) {
        return queries.header(versionId).orElseThrow(() -> new NotFoundException("catalogue version", versionId));
    }

    private CatalogueVersion load(long versionId, long expectedVersion) {
        CatalogueVersion version = versions.findById(versionId)
                .orElseThrow(() -> new NotFoundException("catalogue version", versionId));
        if (version.version() != expectedVersion) {
            throw new StaleVersionException("catalogue version", versionId);
        }
        return version;
    }
}
