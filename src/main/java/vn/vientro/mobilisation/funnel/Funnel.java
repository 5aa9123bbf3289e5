package vn.vientro.mobilisation.funnel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.mobilisation.MobilisationPolicy;
import vn.vientro.mobilisation.NeedStatus;
import vn.vientro.mobilisation.need.NeedQueries;
import vn.vientro.platform.Actor;
import vn.vientro.registry.OrganisationRef;
import vn.vientro.registry.Registry;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.StaleVersionException;

/**
 * The interest funnel: the focal point records, need by need, which organisations it has approached and how far each
 * has come, from a first contact to a commitment (an aid item) or a refusal. Needs are mobilised for once the
 * appraisal lead has accepted them into the compiled list.
 */
@Service
public class Funnel {

    private static final Set<NeedStatus> MOBILISED = EnumSet.of(NeedStatus.ACCEPTED, NeedStatus.APPROVED,
            NeedStatus.PUBLISHED, NeedStatus.FUNDED);

    private final InterestRepository interests;
    private final InterestQueries queries;
    private final NeedQueries needs;
    private final Registry registry;
    private final Clock clock;

    Funnel(InterestRepository interests, InterestQueries queries, NeedQueries needs, Registry registry, Clock clock) {
        this.interests = interests;
        this.queries = queries;
        this.needs = needs;
        this.registry = registry;
        this.clock = clock;
    }

    /** Opens an organisation's interest in a need at its first stage; one interest per need and organisation. */
    @PreAuthorize(MobilisationPolicy.RECORD_INTERESTS)
    @Transactional
    public long record(long needId, long organisationId, InterestMove first, @Nullable String contactPerson,
                       @Nullable String cameFrom) {
        NeedStatus status = needs.facts(needId).orElseThrow(() -> new NotFoundException("need", needId)).status();
        if (!MOBILISED.contains(status)) {
            throw new InvalidInputException("needId", "mobilisation.interest.needNotMobilised");
        }
        if (registry.find(organisationId).isEmpty()) {
            throw new InvalidInputException("organisationId", "mobilisation.interest.organisationUnknown");
        }
        try {
            return interests.save(Interest.open(needId, organisationId, first, contactPerson, cameFrom,
                    Actor.current(), clock.instant())).id();
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("organisationId", "mobilisation.interest.exists");
        }
    }

    /** Moves an interest on, refusing a stale version rather than overwriting another official's move. */
    @PreAuthorize(MobilisationPolicy.RECORD_INTERESTS)
    @Transactional
    public void move(long interestId, long expectedVersion, InterestMove next) {
        Interest interest = interests.findById(interestId)
                .orElseThrow(() -> new NotFoundException("interest", interestId));
        if (interest.version() != expectedVersion) {
            throw new StaleVersionException("interest", interestId);
        }
        interest.move(next, Actor.current(), clock.instant());
        interests.save(interest);
    }

    /**
     * The interest a pledge belongs to, brought to "pledged": opened there if the organisation was not approached for
     * the need yet (from the activity the pledge came of), moved on if it was.
     */
    @PreAuthorize(MobilisationPolicy.RECORD_INTERESTS)
    @Transactional
    public long pledged(long needId, long organisationId, LocalDate on, @Nullable String note,
                        @Nullable String cameFrom) {
        Optional<Interest> existing = interests.findByNeedIdAndOrganisationId(needId, organisationId);
        if (existing.isEmpty()) {
            return record(needId, organisationId, new InterestMove(InterestStage.PLEDGED, on, note, null), null,
                    cameFrom);
        }
        Interest interest = existing.get();
        interest.pledge(on, note, Actor.current(), clock.instant());
        return interests.save(interest).id();
    }

    /**
     * Commits the interest to the aid item its pledge started. Called by the pledge's listener for a dossier a user
     * was allowed to open, so it asks for no right of its own; the step is that user's.
     */
    @Transactional
    public void committed(long interestId, long aidItemId, String actor) {
        interests.findById(interestId).filter(interest -> interest.commit(aidItemId, LocalDate.now(clock), actor,
                clock.instant())).ifPresent(interests::save);
    }

    /** One need's interests with their history, newest first. */
    @PreAuthorize(MobilisationPolicy.READ_INTERESTS)
    @Transactional(readOnly = true)
    public NeedInterests ofNeed(long needId) {
        needs.facts(needId).orElseThrow(() -> new NotFoundException("need", needId));
        List<InterestRow> rows = named(queries.rows(needId));
        Map<Long, List<InterestStepRow>> steps = queries.steps(needId).stream()
                .collect(Collectors.groupingBy(InterestStepRow::interestId));
        return new NeedInterests(needId, rows, steps);
    }

    /** Every interest, for the board, with each stage's count and conversion. */
    @PreAuthorize(MobilisationPolicy.READ_FUNNEL)
    @Transactional(readOnly = true)
    public FunnelBoard board() {
        return new FunnelBoard(queries.board(), named(queries.rows(null)));
    }

    private List<InterestRow> named(List<InterestQueries.Raw> raws) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<Long, OrganisationRef> organisations = registry.findAll(raws.stream()
                .map(InterestQueries.Raw::organisationId).collect(Collectors.toSet()));
        return raws.stream().map(raw -> new InterestRow(raw.id(), raw.version(), raw.needId(),
                "en".equals(locale.getLanguage()) && raw.titleEn() != null ? raw.titleEn() : raw.titleVi(),
                raw.organisationId(), organisations.containsKey(raw.organisationId())
                        ? organisations.get(raw.organisationId()).name() : "#" + raw.organisationId(),
                raw.stage(), raw.since(), raw.contactPerson(), raw.cameFrom(), raw.aidItemId())).toList();
    }
}
