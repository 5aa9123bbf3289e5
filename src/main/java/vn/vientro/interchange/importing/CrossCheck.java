package vn.vientro.interchange.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidFundingQueries;
import vn.vientro.aid.ItemFunding;
import vn.vientro.reference.AdminUnit;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.ExchangeRates;
import vn.vientro.reference.UnitSet;
import vn.vientro.shared.Money;

/**
 * The compliance cross-check of an imported file: the activities that concern the province (a location in it, by the
 * administrative code of the province, of one of its communes or of an old unit of the provinces merged into it, or
 * by the name of one of its communes; or its name in the title or description) or are matched to an item here, but
 * have no approved aid item here: candidates for aid received without an approval decision (aid may be received only
 * under a decision); and those matched to an approved item whose reported disbursements differ from ours by more than
 * the threshold, wherever the publisher places the work.
 */
@Component
public class CrossCheck {

    /** At most this many valid activities are checked on one page view; a larger file says so. */
    static final int CHECKED = 1000;
    /** IATI transaction type 3: a disbursement. */
    private static final String DISBURSEMENT = "3";
    private static final Currency VND = Currency.getInstance("VND");

    private final IatiImportJobs jobs;
    private final AidFundingQueries funding;
    private final ExchangeRates rates;
    private final AdminUnits units;
    private final PlaceFinder places;
    private final BigDecimal threshold;

    CrossCheck(IatiImportJobs jobs, AidFundingQueries funding, ExchangeRates rates, AdminUnits units,
               PlaceFinder places, @Value("${vientro.interchange.disbursement-threshold:0.10}") BigDecimal threshold) {
        this.jobs = jobs;
        this.funding = funding;
        this.rates = rates;
        this.units = units;
        this.places = places;
        this.threshold = threshold;
    }

    /**
     * A finding: {@code NO_APPROVED_ITEM}, {@code DISBURSEMENT_DIFFERS} with the amounts compared (VND), or
     * {@code DISBURSEMENT_UNCOMPARED} when a reported disbursement cannot be converted to VND;
     * {@code place} is the activity's place in the job's list of activities (0-based, file order), by which the page
     * of the preview showing it is found.
     */
    public record Line(long activityId, int place, @Nullable String identifier, @Nullable String title,
                       String finding, @Nullable Long itemId, @Nullable String itemCode,
                       @Nullable BigDecimal reportedVnd, @Nullable BigDecimal oursVnd) {
    }

    /** The findings, and whether the file had more valid activities than were checked. */
    public record Result(List<Line> lines, boolean truncated, BigDecimal thresholdPercent, int checkedAtMost) {
    }

    Result check(long jobId) {
        List<IatiImportJobs.Stored> activities = jobs.stored(jobId, 0, CHECKED + 1);
        boolean truncated = activities.size() > CHECKED;
        List<IatiImportJobs.Stored> checked = activities.subList(0, Math.min(activities.size(), CHECKED));
        Province province = province();
        Map<Long, ItemFunding> items = funding.of(checked.stream().map(IatiImportJobs.Stored::item)
                        .filter(java.util.Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(ItemFunding::itemId, Function.identity()));
        List<Line> lines = new ArrayList<>();
        for (IatiImportJobs.Stored activity : checked) {
            ActivityFacts facts = activity.facts();
            ItemFunding item = activity.item() == null ? null : items.get(activity.item());
            if (item != null && item.status().wasApproved()) {
                // an item of ours: compared wherever the publisher says the work is (a country, or nothing at all)
                Reported reported = reported(facts);
                if (reported.vnd() != null && differs(reported.vnd(), item.disbursedVnd())) {
                    lines.add(line(activity, "DISBURSEMENT_DIFFERS", item, reported.vnd()));
                } else if (reported.vnd() == null && reported.any()) {
                    lines.add(line(activity, "DISBURSEMENT_UNCOMPARED", item, null));
                }
            } else if (item != null || province.concerned(facts, places)) {
                lines.add(line(activity, "NO_APPROVED_ITEM", item, null));
            }
        }
        Map<Long, Integer> places = jobs.places(jobId, lines.stream().map(Line::activityId).toList());
        lines.replaceAll(line -> new Line(line.activityId(), places.getOrDefault(line.activityId(), 0),
                line.identifier(), line.title(), line.finding(), line.itemId(), line.itemCode(), line.reportedVnd(),
                line.oursVnd()));
        return new Result(lines, truncated, threshold.movePointRight(2).stripTrailingZeros(), CHECKED);
    }

    private boolean differs(BigDecimal reported, BigDecimal ours) {
        BigDecimal larger = reported.abs().max(ours.abs());
        return larger.signum() != 0 && reported.subtract(ours).abs().divide(larger, 6, RoundingMode.HALF_UP)
                .compareTo(threshold) > 0;
    }

    /**
     * The disbursements the activity reports, in VND at their value dates (zero when they cancel out): {@code any}
     * when it reports one, {@code vnd} null when one has no currency, date or rate to VND (then nothing is compared,
     * and the line says so rather than pass over it).
     */
    private record Reported(boolean any, @Nullable BigDecimal vnd) {
    }

    private Reported reported(ActivityFacts facts) {
        BigDecimal total = BigDecimal.ZERO;
        boolean any = false;
        boolean converted = true;
        for (ActivityFacts.Transaction transaction : facts.transactions()) {
            if (!DISBURSEMENT.equals(transaction.type()) || transaction.value() == null) {
                continue;
            }
            any = true;
            String currency = transaction.currency() != null ? transaction.currency() : facts.defaultCurrency();
            LocalDate date = ActivityMatching.date(transaction.valueDate() != null ? transaction.valueDate()
                    : transaction.date());
            Optional<BigDecimal> vnd = currency == null || date == null ? Optional.empty()
                    : money(transaction.value(), currency).flatMap(money -> rates.convertIfRated(money, VND, date))
                    .map(conversion -> conversion.result().amount());
            if (vnd.isEmpty()) {
                converted = false;
            } else {
                total = total.add(vnd.get());
            }
        }
        return new Reported(any, any && converted ? total : null);
    }

    private static Optional<Money> money(BigDecimal value, String currency) {
        try {
            return Optional.of(Money.of(value, currency.strip().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException unknownCurrency) { // not an ISO 4217 code: no rate can exist
            return Optional.empty();
        }
    }

    private static Line line(IatiImportJobs.Stored activity, String finding, @Nullable ItemFunding item,
                             @Nullable BigDecimal reported) {
        return new Line(activity.id(), 0, activity.facts().identifier(), activity.facts().title("vi"), finding,
                item == null ? null : item.itemId(), item == null ? null : item.code(), reported,
                item == null || reported == null ? null : item.disbursedVnd());
    }

    private Province province() {
        String code = units.deploymentProvinceCode();
        AdminUnit unit = units.find(UnitSet.CURRENT, code).orElse(null);
        Set<String> names = unit == null ? Set.of() : java.util.stream.Stream.of(unit.nameVi(), unit.nameEn())
                .filter(name -> name != null && !name.isBlank()).map(KnownOrganisations::fold)
                .collect(Collectors.toSet());
        return new Province(code, names);
    }

    /** The deployment's province: its code and its names folded (no case, no accents). */
    private record Province(String code, Set<String> names) {

        boolean concerned(ActivityFacts facts, PlaceFinder places) {
            for (ActivityFacts.Place place : facts.locations()) {
                if (places.inProvince(place, code)
                        || places.commune(place).map(commune -> code.equals(commune.provinceCode())).orElse(false)) {
                    return true;
                }
            }
            List<String> texts = new ArrayList<>(facts.title().values());
            facts.descriptions().values().forEach(byLanguage -> texts.addAll(byLanguage.values()));
            return texts.stream().map(KnownOrganisations::fold)
                    .anyMatch(text -> names.stream().anyMatch(name -> (" " + text + " ").contains(" " + name + " ")));
        }
    }
}
