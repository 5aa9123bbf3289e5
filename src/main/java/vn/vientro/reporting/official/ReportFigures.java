package vn.vientro.reporting.official;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.AidStatisticsQueries;
import vn.vientro.aid.ApprovedItemQueries;
import vn.vientro.aid.ApprovedItemQueries.ApprovedItem;
import vn.vientro.aid.RateUsed;
import vn.vientro.aid.StatisticsDimension;
import vn.vientro.aid.StatisticsFilter;
import vn.vientro.aid.StatisticsRow;
import vn.vientro.mobilisation.MobilisationReportQueries;
import vn.vientro.monitoring.InspectionReportQueries;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.Codelists;
import vn.vientro.reference.PriorityField;
import vn.vientro.reference.PriorityFields;
import vn.vientro.reference.UnitSet;
import vn.vientro.registry.NgoPaperQueries;
import vn.vientro.registry.OrganisationRef;
import vn.vientro.registry.Registry;
import vn.vientro.reporting.ReportingPeriod;
import vn.vientro.reporting.official.ReportDocument.Column;
import vn.vientro.reporting.official.ReportDocument.ColumnType;
import vn.vientro.reporting.official.ReportDocument.ReportTable;
import vn.vientro.shared.Text;

/**
 * Reads a report's figures from the modules that record them, through their public queries only: money from the aid
 * module's statistics (split parts rounded to add up to the whole, so no item counts twice), lists from the aid,
 * registry, mobilisation and monitoring modules. Every report ends with the exchange rates its money rests on and the
 * corrections made after a period close ({@link PostCloseLines}). Names are in Vietnamese: an official document is.
 */
@Component
class ReportFigures {

    static final Locale VI = Locale.forLanguageTag("vi");
    private static final int REVIEW_YEARS = 5;

    private final AidStatisticsQueries statistics;
    private final ApprovedItemQueries approvals;
    private final Registry registry;
    private final NgoPaperQueries papers;
    private final MobilisationReportQueries mobilisation;
    private final InspectionReportQueries inspections;
    private final Codelists codelists;
    private final AdminUnits units;
    private final PriorityFields fields;
    private final PostCloseLines corrections;
    private final MessageSource messages;
    private final Clock clock;

    @SuppressWarnings("checkstyle:ParameterNumber")
    ReportFigures(AidStatisticsQueries statistics, ApprovedItemQueries approvals, Registry registry,
                  NgoPaperQueries papers, MobilisationReportQueries mobilisation, InspectionReportQueries inspections,
                  Codelists codelists, AdminUnits units, PriorityFields fields, PostCloseLines corrections,
                  MessageSource messages, Clock clock) {
        this.statistics = statistics;
        this.approvals = approvals;
        this.registry = registry;
        this.papers = papers;
        this.mobilisation = mobilisation;
        this.inspections = inspections;
        this.codelists = codelists;
        this.units = units;
        this.fields = fields;
        this.corrections = corrections;
        this.messages = messages;
        this.clock = clock;
    }

    /** The report's figures for the period, within what the reader may see (an agency, or all aid). */
    ReportDocument build(OfficialReport report, ReportingPeriod period, OptionalLong agency) {
        StatisticsFilter filter = period.statistics();
        if (agency.isPresent()) {
            filter = filter.withAgency(agency.getAsLong());
        }
        List<ReportTable> tables = new ArrayList<>();
        switch (report) {
            case AID_RECEIPT -> aidReceipt(filter, tables);
            case NGO_WORK -> ngoWork(period, tables);
            case APPROVALS -> approvals(period, agency, tables);
            case FIVE_YEAR -> {
                filter = fiveYear(period, agency, tables);
            }
        }
        if (report != OfficialReport.NGO_WORK) {
            tables.add(rates(statistics.ratesUsed(filter)));
        }
        tables.add(corrections.table(period, this::text));
        tables.add(corrections.resultTable(period, this::text));
        return new ReportDocument(report, period.code(), text(period.label()), LocalDate.now(clock), null, tables);
    }

    // (a) receipt and use of aid, to the Ministry of Finance

    private void aidReceipt(StatisticsFilter filter, List<ReportTable> tables) {
        StatisticsRow total = statistics.totals(filter);
        tables.add(moneyTable("byField", groups(statistics.breakdown(filter,
                List.of(StatisticsDimension.PRIORITY_FIELD)), this::fieldName), true, "field"));
        tables.add(moneyTable("byCommune", groups(statistics.breakdown(filter, List.of(StatisticsDimension.COMMUNE)),
                this::communeName), false, "commune"));
        List<StatisticsRow> byDonor = statistics.breakdown(filter, List.of(StatisticsDimension.DONOR));
        Map<Long, OrganisationRef> donors = registry.findAll(byDonor.stream()
                .map(row -> Long.parseLong(row.key(0))).collect(Collectors.toSet()));
        tables.add(moneyTable("byCountry", merge(byDonor, row -> countryName(donors.get(Long.parseLong(row.key(0))))),
                true, "country"));
        tables.add(moneyTable("byOrganisation", merge(byDonor, row -> organisationName(donors.get(
                Long.parseLong(row.key(0))))), true, "organisation"));
        tables.add(moneyTable("byKind", groups(statistics.breakdown(filter, List.of(StatisticsDimension.KIND)),
                key -> text(Text.of("aid.kind." + key))), true, "kind"));
        tables.add(new ReportTable("summary", heading("table.summary"), List.of(Column.text(heading("col.measure")),
                Column.of(heading("col.vnd"), ColumnType.VND).untotalled(),
                Column.of(heading("col.usd"), ColumnType.USD).untotalled()), List.of(
                List.of(heading("col.committed"), plain(total.committedVnd()), plain(total.committedUsd())),
                List.of(heading("col.disbursed"), plain(total.disbursedVnd()), plain(total.disbursedUsd())),
                List.of(heading("col.spent"), plain(total.spentVnd()), plain(total.spentUsd())),
                List.of(heading("col.counterpart"), plain(total.counterpartVnd()), plain(total.counterpartUsd())),
                List.of(heading("col.disbursementRate"), plain(total.disbursementRate()), "")),
                false, heading("note.items", total.items())));
    }

    private ReportTable moneyTable(String key, Map<String, StatisticsRow> rows, boolean itemsAddUp, String what) {
        List<Column> columns = List.of(Column.text(heading("col." + what)),
                itemsAddUp ? Column.of(heading("col.items"), ColumnType.COUNT)
                        : Column.of(heading("col.items"), ColumnType.COUNT).untotalled(),
                Column.of(heading("col.committedVnd"), ColumnType.VND),
                Column.of(heading("col.committedUsd"), ColumnType.USD),
                Column.of(heading("col.disbursedVnd"), ColumnType.VND),
                Column.of(heading("col.disbursedUsd"), ColumnType.USD),
                Column.of(heading("col.spentVnd"), ColumnType.VND),
                Column.of(heading("col.spentUsd"), ColumnType.USD),
                Column.of(heading("col.counterpartVnd"), ColumnType.VND),
                Column.of(heading("col.counterpartUsd"), ColumnType.USD));
        List<List<String>> lines = new ArrayList<>();
        rows.forEach((name, row) -> lines.add(List.of(name, Long.toString(row.items()), plain(row.committedVnd()),
                plain(row.committedUsd()), plain(row.disbursedVnd()), plain(row.disbursedUsd()),
                plain(row.spentVnd()), plain(row.spentUsd()), plain(row.counterpartVnd()),
                plain(row.counterpartUsd()))));
        return new ReportTable(key, heading("table." + key), columns, lines, true,
                itemsAddUp ? "" : heading("note.splitItems"));
    }

    private Map<String, StatisticsRow> groups(List<StatisticsRow> rows, java.util.function.Function<String, String> name) {
        return merge(rows, row -> name.apply(row.key(0)));
    }

    /** Rows of the same name added up (donors of one country; two keys printed alike). */
    private static Map<String, StatisticsRow> merge(List<StatisticsRow> rows,
                                                    java.util.function.Function<StatisticsRow, String> name) {
        Map<String, StatisticsRow> merged = new LinkedHashMap<>();
        for (StatisticsRow row : rows) {
            merged.merge(name.apply(row), row, ReportFigures::add);
        }
        return new TreeMap<>(merged);
    }

    private static StatisticsRow add(StatisticsRow a, StatisticsRow b) {
        return new StatisticsRow(a.keys(), a.items() + b.items(), a.committedVnd().add(b.committedVnd()),
                a.committedUsd().add(b.committedUsd()), a.disbursedVnd().add(b.disbursedVnd()),
                a.disbursedUsd().add(b.disbursedUsd()), a.spentVnd().add(b.spentVnd()), a.spentUsd().add(b.spentUsd()),
                a.counterpartVnd().add(b.counterpartVnd()), a.counterpartUsd().add(b.counterpartUsd()));
    }

    // (b) foreign-NGO work and mobilisation, to COMINGO

    private void ngoWork(ReportingPeriod period, List<ReportTable> tables) {
        LocalDate from = period.firstDay();
        LocalDate to = period.lastDay();
        List<List<String>> ngos = new ArrayList<>();
        for (NgoPaperQueries.NgoPaper paper : papers.validBetween(from, to)) {
            ngos.add(List.of(paper.name(), country(paper.countryCode()),
                    text(Text.of("registry.permitKind." + paper.kind())), paper.number(), paper.issuingBody(),
                    paper.validFrom().toString(), paper.validUntil().toString(),
                    text(Text.of("registry.permitStatus." + paper.paperStatus()))));
        }
        tables.add(new ReportTable("ngos", heading("table.ngos"), List.of(Column.text(heading("col.organisation")),
                Column.text(heading("col.country")), Column.text(heading("col.paperKind")),
                Column.text(heading("col.paperNumber")), Column.text(heading("col.issuingBody")),
                Column.of(heading("col.validFrom"), ColumnType.DATE),
                Column.of(heading("col.validUntil"), ColumnType.DATE), Column.text(heading("col.status"))), ngos,
                false, heading("note.count", ngos.size())));
        List<List<String>> activities = new ArrayList<>();
        for (MobilisationReportQueries.PlanActivityLine a : mobilisation.activities(from, to)) {
            activities.add(List.of(Integer.toString(a.year()), text(Text.of("mobilisation.activity.type." + a.type())),
                    a.title(), text(Text.of("mobilisation.activity.status." + a.status())),
                    a.doneOn() == null ? "" : a.doneOn().toString(), a.outcome() == null ? "" : a.outcome(),
                    plain(a.budgetPlanned()), plain(a.budgetSpent())));
        }
        tables.add(new ReportTable("activities", heading("table.activities"), List.of(
                Column.text(heading("col.planYear")), Column.text(heading("col.activityType")),
                Column.text(heading("col.activity")), Column.text(heading("col.status")),
                Column.of(heading("col.doneOn"), ColumnType.DATE), Column.text(heading("col.outcome")),
                Column.of(heading("col.budgetPlanned"), ColumnType.VND),
                Column.of(heading("col.budgetSpent"), ColumnType.VND)), activities, true, ""));
        List<MobilisationReportQueries.PledgeLine> pledgeLines = mobilisation.pledges(from, to);
        Map<Long, OrganisationRef> pledgers = registry.findAll(pledgeLines.stream()
                .map(MobilisationReportQueries.PledgeLine::organisationId).collect(Collectors.toSet()));
        List<List<String>> pledges = new ArrayList<>();
        for (MobilisationReportQueries.PledgeLine p : pledgeLines) {
            pledges.add(List.of(p.pledgedOn().toString(), organisationName(pledgers.get(p.organisationId())),
                    p.needTitle() == null ? "" : p.needTitle(), plain(p.amount()), p.currency(), plain(p.amountVnd()),
                    text(Text.of("mobilisation.pledge.state." + p.state()))));
        }
        tables.add(new ReportTable("pledges", heading("table.pledges"), List.of(
                Column.of(heading("col.pledgedOn"), ColumnType.DATE), Column.text(heading("col.organisation")),
                Column.text(heading("col.need")), Column.of(heading("col.amount"), ColumnType.RATE),
                Column.text(heading("col.currency")), Column.of(heading("col.amountVnd"), ColumnType.VND),
                Column.text(heading("col.state"))), pledges, true, ""));
        List<MobilisationReportQueries.RewardLine> rewardLines = mobilisation.rewards(from, to);
        Map<Long, OrganisationRef> rewarded = registry.findAll(rewardLines.stream()
                .map(MobilisationReportQueries.RewardLine::organisationId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
        List<List<String>> rewards = new ArrayList<>();
        for (MobilisationReportQueries.RewardLine r : rewardLines) {
            rewards.add(List.of(r.decisionDate().toString(), r.decisionNumber(),
                    text(Text.of("mobilisation.reward.kind." + r.kind())), r.organisationId() == null
                            ? (r.recipientName() == null ? "" : r.recipientName())
                            : organisationName(rewarded.get(r.organisationId()))));
        }
        tables.add(new ReportTable("rewards", heading("table.rewards"), List.of(
                Column.of(heading("col.decisionDate"), ColumnType.DATE), Column.text(heading("col.decisionNumber")),
                Column.text(heading("col.rewardKind")), Column.text(heading("col.recipient"))), rewards, false,
                heading("note.count", rewards.size())));
        List<List<String>> held = new ArrayList<>();
        for (InspectionReportQueries.InspectionLine i : inspections.heldBetween(from, to)) {
            held.add(List.of(i.startsOn().toString(), i.endsOn().toString(), i.title(),
                    text(Text.of("monitoring.inspection.type." + i.type())),
                    text(Text.of("monitoring.inspection.status." + i.status())), Long.toString(i.minorFindings()),
                    Long.toString(i.significantFindings()), Long.toString(i.seriousFindings())));
        }
        tables.add(new ReportTable("inspections", heading("table.inspections"), List.of(
                Column.of(heading("col.startsOn"), ColumnType.DATE), Column.of(heading("col.endsOn"), ColumnType.DATE),
                Column.text(heading("col.inspection")), Column.text(heading("col.inspectionType")),
                Column.text(heading("col.status")), Column.of(heading("col.minor"), ColumnType.COUNT),
                Column.of(heading("col.significant"), ColumnType.COUNT),
                Column.of(heading("col.serious"), ColumnType.COUNT)), held, true, heading("note.findingsSealed")));
    }

    // (c) items approved in the period

    private void approvals(ReportingPeriod period, OptionalLong agency, List<ReportTable> tables) {
        List<ApprovedItem> items = approvals.approvedBetween(period.firstDay(), period.lastDay(),
                agency.isPresent() ? agency.getAsLong() : null);
        Map<Long, OrganisationRef> donors = registry.findAll(items.stream().map(ApprovedItem::donorId)
                .collect(Collectors.toSet()));
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (ApprovedItem item : items) {
            rows.add(List.of(Integer.toString(++n), item.code(), item.nameVi() == null ? "" : item.nameVi(),
                    organisationName(donors.get(item.donorId())), text(Text.of("aid.kind." + item.kind())),
                    text(Text.of("aid.status." + item.status())),
                    item.decisionNumber() == null ? "" : item.decisionNumber(),
                    (item.decisionDate() == null ? item.approvedOn() : item.decisionDate()).toString(),
                    plain(item.committedVnd()),
                    plain(item.committedUsd()), plain(item.disbursedVnd()), plain(item.spentVnd()),
                    plain(rate(item.disbursedVnd(), item.committedVnd()))));
        }
        // thirteen columns, printed in eight on A4 landscape: the code under the number, the status under the kind,
        // the decision's day under its number, the committed USD under the VND, the spent under the disbursed (the
        // workbook keeps thirteen)
        tables.add(new ReportTable("approved", heading("table.approved"), List.of(Column.text(heading("col.no")),
                Column.text(heading("col.code")).printedUnder(), Column.text(heading("col.item")),
                Column.text(heading("col.organisation")), Column.text(heading("col.kind")),
                Column.text(heading("col.status")).printedUnder(), Column.text(heading("col.decisionNumber")),
                Column.of(heading("col.decisionDate"), ColumnType.DATE).printedUnder(),
                Column.of(heading("col.committedVnd"), ColumnType.VND),
                Column.of(heading("col.committedUsd"), ColumnType.USD).printedUnder(),
                Column.of(heading("col.disbursedVnd"), ColumnType.VND),
                Column.of(heading("col.spentVnd"), ColumnType.VND).printedUnder(),
                Column.of(heading("col.disbursementRate"), ColumnType.RATE)), rows, true,
                heading("note.moneyTo", period.lastDay())));
    }

    private static BigDecimal rate(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, java.math.RoundingMode.HALF_UP);
    }

    // (d) the five-year review table (seed 004 §I)

    private StatisticsFilter fiveYear(ReportingPeriod period, OptionalLong agency, List<ReportTable> tables) {
        int last = period.to().getYear();
        int first = last - REVIEW_YEARS + 1;
        StatisticsFilter all = StatisticsFilter.of(YearMonth.of(first, 1), YearMonth.of(last, 12));
        if (agency.isPresent()) {
            all = all.withAgency(agency.getAsLong());
        }
        Map<String, StatisticsRow> committedByYear = new LinkedHashMap<>();
        statistics.breakdown(all, List.of(StatisticsDimension.YEAR)).forEach(row -> committedByYear.put(row.key(0),
                row));
        List<List<String>> years = new ArrayList<>();
        Map<Integer, Map<AidKind, Long>> approvals = statistics.approvedByYearAndKind(all);
        for (int year = first; year <= last; year++) {
            Map<AidKind, Long> approvedIn = approvals.getOrDefault(year, Map.of());
            long programmes = approved(approvedIn, Set.of(AidKind.PROGRAMME));
            long projects = approved(approvedIn, Set.of(AidKind.INVESTMENT_PROJECT, AidKind.TECHNICAL_ASSISTANCE));
            long nonProject = approved(approvedIn, Set.of(AidKind.NON_PROJECT, AidKind.EMERGENCY_RELIEF));
            StatisticsRow money = committedByYear.get(Integer.toString(year));
            years.add(List.of(Integer.toString(year), Long.toString(programmes), Long.toString(projects),
                    Long.toString(nonProject), Long.toString(programmes + projects + nonProject),
                    money == null ? "0" : plain(money.committedUsd()), money == null ? "0" : plain(money.committedVnd())));
        }
        tables.add(new ReportTable("years", heading("table.years", Integer.toString(first), Integer.toString(last)), List.of(
                Column.text(heading("col.year")), Column.of(heading("col.programmes"), ColumnType.COUNT),
                Column.of(heading("col.projects"), ColumnType.COUNT),
                Column.of(heading("col.nonProject"), ColumnType.COUNT),
                Column.of(heading("col.itemsApproved"), ColumnType.COUNT),
                Column.of(heading("col.committedUsd"), ColumnType.USD),
                Column.of(heading("col.committedVnd"), ColumnType.VND)), years, true, heading("note.fiveYear")));
        Map<String, Map<String, StatisticsRow>> byField = new TreeMap<>();
        for (StatisticsRow row : statistics.breakdown(all, List.of(StatisticsDimension.PRIORITY_FIELD,
                StatisticsDimension.YEAR))) {
            byField.computeIfAbsent(fieldName(row.key(0)), k -> new TreeMap<>()).merge(row.key(1), row,
                    ReportFigures::add);
        }
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text(heading("col.field")));
        for (int year = first; year <= last; year++) {
            columns.add(Column.of(heading("col.usdIn", Integer.toString(year)), ColumnType.USD));
        }
        columns.add(Column.of(heading("col.committedUsd"), ColumnType.USD));
        columns.add(Column.of(heading("col.committedVnd"), ColumnType.VND));
        List<List<String>> fieldRows = new ArrayList<>();
        byField.forEach((name, perYear) -> {
            List<String> line = new ArrayList<>();
            line.add(name);
            BigDecimal usd = BigDecimal.ZERO;
            BigDecimal vnd = BigDecimal.ZERO;
            for (int year = first; year <= last; year++) {
                StatisticsRow row = perYear.get(Integer.toString(year));
                line.add(row == null ? "0" : plain(row.committedUsd()));
                if (row != null) {
                    usd = usd.add(row.committedUsd());
                    vnd = vnd.add(row.committedVnd());
                }
            }
            line.add(plain(usd));
            line.add(plain(vnd));
            fieldRows.add(line);
        });
        tables.add(new ReportTable("fields", heading("table.fields", Integer.toString(first), Integer.toString(last)), columns, fieldRows, true, ""));
        return all;
    }

    private static long approved(Map<AidKind, Long> approvedIn, Collection<AidKind> kinds) {
        long count = 0;
        for (AidKind kind : kinds) {
            count += approvedIn.getOrDefault(kind, 0L);
        }
        return count;
    }

    // common parts

    private ReportTable rates(List<RateUsed> used) {
        List<List<String>> rows = new ArrayList<>();
        for (RateUsed rate : used) {
            rows.add(List.of(rate.currency(), Long.toString(rate.transactions()), rate.firstRateDate().toString(),
                    rate.lastRateDate().toString(), plain(rate.lowestToVnd()), plain(rate.highestToVnd()),
                    plain(rate.lowestToUsd()), plain(rate.highestToUsd()), Long.toString(rate.statedRates()),
                    String.join("; ", rate.sources())));
        }
        return new ReportTable("rates", heading("table.rates"), List.of(Column.text(heading("col.currency")),
                Column.of(heading("col.transactions"), ColumnType.COUNT).untotalled(),
                Column.of(heading("col.firstRateDate"), ColumnType.DATE),
                Column.of(heading("col.lastRateDate"), ColumnType.DATE),
                Column.of(heading("col.lowestToVnd"), ColumnType.RATE),
                Column.of(heading("col.highestToVnd"), ColumnType.RATE),
                Column.of(heading("col.lowestToUsd"), ColumnType.RATE),
                Column.of(heading("col.highestToUsd"), ColumnType.RATE),
                Column.of(heading("col.statedRates"), ColumnType.COUNT).untotalled(),
                Column.text(heading("col.rateSources"))), rows, false, heading("note.rates"));
    }

    private String fieldName(String code) {
        if (code.isEmpty()) {
            return heading("none.field");
        }
        return fields.byCode(code).map(PriorityField::nameVi).orElse(code);
    }

    private String communeName(String code) {
        if (code.isEmpty()) {
            return heading("none.commune");
        }
        return units.find(UnitSet.CURRENT, code).or(() -> units.find(UnitSet.PRE2025, code))
                .map(unit -> unit.fullName(VI)).orElse(code);
    }

    private String countryName(@Nullable OrganisationRef donor) {
        return donor == null ? heading("none.country") : country(donor.countryCode());
    }

    private String country(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return heading("none.country");
        }
        return codelists.find(Codelists.COUNTRY, code).map(item -> item.name(VI)).orElse(code);
    }

    private String organisationName(@Nullable OrganisationRef organisation) {
        return organisation == null ? heading("none.organisation") : organisation.name();
    }

    static String plain(@Nullable BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private String heading(String key, Object... arguments) {
        return messages.getMessage("reporting.official." + key, arguments, VI);
    }

    String text(Text text) {
        return messages.getMessage(text, VI);
    }
}
