package vn.vientro.mobilisation.funnel;

import java.text.Normalizer;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.mobilisation.Enquiry;
import vn.vientro.mobilisation.InterestReceived;
import vn.vientro.mobilisation.MobilisationPolicy;
import vn.vientro.mobilisation.NeedStatus;
import vn.vientro.mobilisation.need.NeedQueries;
import vn.vientro.mobilisation.need.PublishedNeedQueries;
import vn.vientro.platform.Actor;
import vn.vientro.registry.OrganisationRef;
import vn.vientro.registry.Registry;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.StaleVersionException;
import vn.vientro.shared.TextLength;

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
    private final PublishedNeedQueries published;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Funnel(InterestRepository interests, InterestQueries queries, NeedQueries needs, Registry registry,
           PublishedNeedQueries published, ApplicationEventPublisher events, Clock clock) {
        this.interests = interests;
        this.queries = queries;
        this.needs = needs;
        this.registry = registry;
        this.published = published;
        this.events = events;
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

    /**
     * Records an interest an organisation sent from the public portal in a published need, at the funnel's first
     * stage. Anyone may send one (the portal guards its form against spam), so it asks for no role; it is linked to
     * the registry's organisation whose name or abbreviation it typed, unless that organisation is in the funnel
     * for the need already, in which case it stays an enquiry beside it for the focal point to read.
     */
    @Transactional
    public long receive(long needId, Enquiry enquiry) {
        if (published.find(needId).isEmpty()) {
            throw new NotFoundException("need", needId);
        }
        String name = enquiry.organisationName().strip();
        TextLength.require("organisationName", name, TextLength.NAME);
        TextLength.require("country", enquiry.country(), TextLength.CODE);
        TextLength.require("contactName", enquiry.contactName(), TextLength.NAME);
        TextLength.require("email", enquiry.email(), TextLength.EMAIL);
        TextLength.require("phone", enquiry.phone(), TextLength.CODE);
        TextLength.require("message", enquiry.message(), TextLength.TEXT);
        Long organisationId = registered(name)
                .filter(id -> interests.findByNeedIdAndOrganisationId(needId, id).isEmpty()).orElse(null);
        Enquirer enquirer = new Enquirer(name, enquiry.country(), enquiry.email(), enquiry.phone());
        Interest saved = interests.save(Interest.sent(needId, organisationId, enquirer, enquiry.contactName(),
                enquiry.message(), Actor.current(), clock.instant(), LocalDate.now(clock)));
        events.publishEvent(new InterestReceived(saved.id(), needId, organisationId, name));
        return saved.id();
    }

    /** The registry's organisation going by the name, compared without case, accents or extra spaces. */
    private Optional<Long> registered(String name) {
        String wanted = comparable(name);
        return registry.choices().stream()
                .filter(org -> comparable(org.name()).equals(wanted)
                        || org.abbreviation() != null && comparable(org.abbreviation()).equals(wanted))
                .map(OrganisationRef::id).findFirst();
    }

    private static String comparable(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('\u0111', 'd').replace('\u0110', 'D');
        return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
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
                .map(InterestQueries.Raw::organisationId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
        return raws.stream().map(raw -> new InterestRow(raw.id(), raw.version(), raw.needId(),
                "en".equals(locale.getLanguage()) && raw.titleEn() != null ? raw.titleEn() : raw.titleVi(),
                raw.organisationId(), organisationName(raw, organisations), raw.stage(), raw.since(),
                raw.contactPerson(), raw.cameFrom(), raw.aidItemId(), raw.source(), raw.enquirer())).toList();
    }

    private static String organisationName(InterestQueries.Raw raw, Map<Long, OrganisationRef> organisations) {
        Long id = raw.organisationId();
        if (id == null) {
            return raw.enquirer() == null ? "" : raw.enquirer().name();
        }
        return organisations.containsKey(id) ? organisations.get(id).name() : "#" + id;
    }
}
