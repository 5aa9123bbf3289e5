package vn.vientro.mobilisation.pledge;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.AidFundingQueries;
import vn.vientro.aid.ItemFunding;
import vn.vientro.mobilisation.MobilisationPolicy;
import vn.vientro.mobilisation.funnel.Funnel;
import vn.vientro.mobilisation.need.CatalogueNeeds;
import vn.vientro.platform.Actor;
import vn.vientro.reference.Conversion;
import vn.vientro.reference.ExchangeRates;
import vn.vientro.registry.OrganisationRef;
import vn.vientro.registry.Registry;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.Money;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.StaleVersionException;

/**
 * Pledges: the focal point records what an organisation promised for a need, from the funnel or from a plan activity,
 * and starts the aid item's dossier from it; the aid module's events link the item and, on its approval, fund the
 * need ({@link PledgeLinks}). Money pledged, committed and disbursed is read here by year and by need.
 */
@Service
public class Pledges {

    private static final Currency VND = Currency.getInstance("VND");

    private final PledgeRepository pledges;
    private final PledgeQueries queries;
    private final Funnel funnel;
    private final CatalogueNeeds needs;
    private final Registry registry;
    private final ExchangeRates rates;
    private final AidFundingQueries funding;
    private final Clock clock;

    @SuppressWarnings("checkstyle:ParameterNumber")
    Pledges(PledgeRepository pledges, PledgeQueries queries, Funnel funnel, CatalogueNeeds needs, Registry registry,
            ExchangeRates rates, AidFundingQueries funding, Clock clock) {
        this.pledges = pledges;
        this.queries = queries;
        this.funnel = funnel;
        this.needs = needs;
        this.registry = registry;
        this.rates = rates;
        this.funding = funding;
        this.clock = clock;
    }

    /** Records a pledge, bringing the organisation's interest in the need to "pledged". */
    @PreAuthorize(MobilisationPolicy.RECORD_INTERESTS)
    @Transactional
    public long record(PledgeTerms terms) {
        LocalDate today = LocalDate.now(clock);
        if (terms.pledgedOn().isAfter(today)) {
            throw new InvalidInputException("pledgedOn", "mobilisation.pledge.future");
        }
        if (terms.expectedOn() != null && terms.expectedOn().isBefore(terms.pledgedOn())) {
            throw new InvalidInputException("expectedOn", "mobilisation.pledge.expectedBeforePledged");
        }
        String cameFrom = terms.activityId() == null ? null : queries.activityTitle(terms.activityId())
                .orElseThrow(() -> new InvalidInputException("activityId", "mobilisation.pledge.activityUnknown"));
        BigDecimal amountVnd = inVnd(terms.amount(), terms.currency(), terms.pledgedOn());
        long interestId = funnel.pledged(terms.needId(), terms.organisationId(), terms.pledgedOn(), terms.note(),
                cameFrom);
        return pledges.save(Pledge.record(interestId, terms, amountVnd, Actor.current(), clock.instant())).id();
    }

    /** Withdraws a pledge the organisation took back before any dossier, refusing a stale version. */
    @PreAuthorize(MobilisationPolicy.RECORD_INTERESTS)
    @Transactional
    public void withdraw(long pledgeId, long expectedVersion, @Nullable String reason) {
        Pledge pledge = load(pledgeId);
        if (pledge.version() != expectedVersion) {
            throw new StaleVersionException("pledge", pledgeId);
        }
        pledge.withdraw(reason);
        pledges.save(pledge);
    }

    /**
     * Where the new aid item's form opens filled from the pledge and its need; the dossier is linked to the pledge
     * once saved. Only a pledge still only promised starts one.
     */
    @PreAuthorize(MobilisationPolicy.RECORD_INTERESTS + " and @aidPolicy.canDraft()")
    @Transactional(readOnly = true)
    public String dossierForm(long pledgeId) {
        Pledge pledge = load(pledgeId);
        if (pledge.state() != PledgeState.PLEDGED) {
            throw new InvalidInputException("state", "mobilisation.pledge.dossierStarted");
        }
        return DossierPrefill.address(pledgeId, needs.get(pledge.needId()), pledge.organisationId(), pledge.amount(),
                pledge.currency(), pledge.expectedOn());
    }

    @PreAuthorize(MobilisationPolicy.READ_FUNNEL)
    @Transactional(readOnly = true)
    public PledgeRow get(long pledgeId) {
        return book(List.of(queries.row(pledgeId).orElseThrow(() -> new NotFoundException("pledge", pledgeId))))
                .rows().get(0);
    }

    /** The pledges of a year and of a need, either open, with the money they brought. */
    @PreAuthorize(MobilisationPolicy.READ_FUNNEL)
    @Transactional(readOnly = true)
    public PledgeBook list(@Nullable Integer year, @Nullable Long needId) {
        return book(queries.rows(year, needId));
    }

    /** One need's pledges, for its funnel page: the need's proposer sees them as the funnel's readers do. */
    @PreAuthorize(MobilisationPolicy.READ_INTERESTS)
    @Transactional(readOnly = true)
    public PledgeBook ofNeed(long needId) {
        return book(queries.rows(null, needId));
    }

    @PreAuthorize(MobilisationPolicy.READ_FUNNEL)
    @Transactional(readOnly = true)
    public List<Integer> years() {
        return queries.years();
    }

    @PreAuthorize(MobilisationPolicy.RECORD_INTERESTS)
    @Transactional(readOnly = true)
    public List<PledgeQueries.ActivityChoice> activityChoices() {
        return queries.activityChoices(LocalDate.now(clock).getYear());
    }

    @PreAuthorize(MobilisationPolicy.RECORD_INTERESTS)
    @Transactional(readOnly = true)
    public List<PledgeQueries.NeedChoice> needChoices() {
        return queries.needChoices();
    }

    private PledgeBook book(List<PledgeQueries.Raw> raws) {
        Map<Long, ItemFunding> items = funding.of(raws.stream().map(PledgeQueries.Raw::aidItemId)
                .filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(ItemFunding::itemId, Function.identity()));
        return PledgeBook.of(named(raws, items), items);
    }

    private List<PledgeRow> named(List<PledgeQueries.Raw> raws, Map<Long, ItemFunding> items) {
        Locale locale = LocaleContextHolder.getLocale();
        boolean english = "en".equals(locale.getLanguage());
        Map<Long, OrganisationRef> organisations = registry.findAll(raws.stream()
                .map(PledgeQueries.Raw::organisationId).collect(Collectors.toSet()));
        return raws.stream().map(raw -> new PledgeRow(raw.id(), raw.version(), raw.needId(),
                english && raw.titleEn() != null ? raw.titleEn() : raw.titleVi(), raw.organisationId(),
                organisations.containsKey(raw.organisationId()) ? organisations.get(raw.organisationId()).name()
                        : "#" + raw.organisationId(), raw.activityId(), raw.activityTitle(),
                Money.of(raw.amount(), raw.currency()), Money.of(raw.amountVnd(), "VND"), raw.pledgedOn(),
                raw.expectedOn(), raw.note(), raw.state(), raw.aidItemId(),
                raw.aidItemId() == null || !items.containsKey(raw.aidItemId()) ? null
                        : items.get(raw.aidItemId()).code(), raw.recordedBy())).toList();
    }

    private BigDecimal inVnd(BigDecimal amount, String currency, LocalDate on) {
        Money money;
        try {
            money = Money.of(amount, currency);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("currency", "mobilisation.pledge.currencyUnknown", currency);
        }
        return rates.convertIfRated(money, VND, on).map(Conversion::result).map(Money::amount)
                .orElseThrow(() -> new InvalidInputException("currency", "mobilisation.pledge.noRate", currency,
                        on));
    }

    private Pledge load(long pledgeId) {
        return pledges.findById(pledgeId).orElseThrow(() -> new NotFoundException("pledge", pledgeId));
    }
}
