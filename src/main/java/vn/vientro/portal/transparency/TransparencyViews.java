package vn.vientro.portal.transparency;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidStatisticsQueries;
import vn.vientro.aid.PublishedItem;
import vn.vientro.aid.PublishedItemQueries;
import vn.vientro.aid.StatisticsDimension;
import vn.vientro.aid.StatisticsFilter;
import vn.vientro.aid.StatisticsRow;
import vn.vientro.portal.catalogue.Choice;
import vn.vientro.portal.site.PortalLanguage;
import vn.vientro.portal.site.Publications;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.Codelists;
import vn.vientro.reference.PriorityField;
import vn.vientro.reference.PriorityFields;
import vn.vientro.reference.UnitSet;
import vn.vientro.registry.OrganisationRef;
import vn.vientro.registry.Registry;
import vn.vientro.shared.Money;

/**
 * The published aid items as the portal shows them, in one language, with codes named and addresses built, read
 * through the aid module's {@link PublishedItemQueries} (never a draft, a refused item, an opinion or a group not made
 * public) once until a publication changes ({@link Publications#cached}).
 */
@Component
public class TransparencyViews {

    static final String NAME_VI = "title/narrative[@xml:lang='vi']";
    static final String NAME_EN = "title/narrative[@xml:lang='en']";
    private static final String DONOR = "participating-org[@role='1']/@ref";
    private static final String IMPLEMENTER = "participating-org[@role='4']/@ref";
    private static final String VALUE = "budget/value";
    private static final String CURRENCY = "@default-currency";
    private static final String START = "activity-date[@type='1']/@iso-date";
    private static final String END = "activity-date[@type='3']/@iso-date";
    private static final String DISBURSEMENT = "3";

    /** The figures' span when no year is chosen: every month money can be dated in. */
    static final java.time.YearMonth FIRST_MONTH = java.time.YearMonth.of(1990, 1);
    static final java.time.YearMonth LAST_MONTH = java.time.YearMonth.of(2099, 12);

    private final PublishedItemQueries items;
    private final AidStatisticsQueries statistics;
    private final Registry registry;
    private final PriorityFields fields;
    private final Codelists codelists;
    private final AdminUnits units;
    private final Publications publications;
    private final MessageSource messages;

    TransparencyViews(PublishedItemQueries items, AidStatisticsQueries statistics, Registry registry,
                      PriorityFields fields, Codelists codelists, AdminUnits units, Publications publications,
                      MessageSource messages) {
        this.items = items;
        this.statistics = statistics;
        this.registry = registry;
        this.fields = fields;
        this.codelists = codelists;
        this.units = units;
        this.publications = publications;
        this.messages = messages;
    }

    /** Every published item, as the aid module gives them. */
    public List<PublishedItem> all() {
        return publications.cached("transparency-all", items::all);
    }

    /** Every published item in one language, newest approval first. */
    public List<AidCard> cards(PortalLanguage language) {
        return publications.cached(List.of("transparency-cards", language), () -> {
            List<PublishedItem> all = all();
            Map<Long, OrganisationRef> donors = registry.findAll(all.stream()
                    .map(item -> organisation(item, DONOR)).filter(java.util.Objects::nonNull).toList());
            return all.stream().sorted(Comparator.comparing(PublishedItem::approvedOn,
                            Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(PublishedItem::id,
                            Comparator.reverseOrder()))
                    .map(item -> card(item, language, donors)).toList();
        });
    }

    TransparencyPage page(PortalLanguage language, TransparencyFilter filter) {
        return publications.cached(List.of("transparency-page", language, filter), () -> {
            List<AidCard> found = cards(language).stream().filter(filter::matches).toList();
            int pageCount = Math.max(1, (found.size() + TransparencyFilter.PAGE_SIZE - 1) / TransparencyFilter.PAGE_SIZE);
            int page = Math.min(filter.page(), pageCount - 1);
            int from = page * TransparencyFilter.PAGE_SIZE;
            return new TransparencyPage(found.subList(from, Math.min(found.size(), from + TransparencyFilter.PAGE_SIZE)),
                    found.size(), page, pageCount, figures(filter, language));
        });
    }

    Optional<AidDetail> item(PortalLanguage language, long id) {
        return publications.cached(List.of("transparency-item", language, id), () -> items.find(id).map(item -> {
            Long donor = organisation(item, DONOR);
            Map<Long, OrganisationRef> donors = donor == null ? Map.of() : registry.findAll(List.of(donor));
            AidCard card = card(item, language, donors);
            Long implementer = organisation(item, IMPLEMENTER);
            String english = name(item, PortalLanguage.EN);
            return new AidDetail(card, text(item, objectivesPath(language), objectivesPath(PortalLanguage.VI)),
                    text(item, descriptionPath(language), descriptionPath(PortalLanguage.VI)),
                    implementer == null ? null : registry.find(implementer).map(OrganisationRef::name).orElse(null),
                    item.value(START) instanceof java.time.LocalDate start ? start : null,
                    item.value(END) instanceof java.time.LocalDate end ? end : null,
                    item.results().stream().map(result -> result(result, language)).toList(),
                    PortalLanguage.VI.aidItem(id, name(item, PortalLanguage.VI)), PortalLanguage.EN.aidItem(id, english));
        }));
    }

    /** Every published item as a row of the open-data files, in the order of their codes. */
    public List<OpenDataRow> openData() {
        return publications.cached("transparency-open-data", () -> {
            Map<Long, AidCard> cards = new HashMap<>();
            cards(PortalLanguage.VI).forEach(card -> cards.put(card.id(), card));
            List<OpenDataRow> rows = new ArrayList<>();
            for (PublishedItem item : all()) {
                AidCard card = cards.get(item.id());
                if (card == null) {
                    continue;
                }
                Object english = item.value(NAME_EN);
                rows.add(new OpenDataRow(item.id(), item.code(), name(item, PortalLanguage.VI),
                        english == null ? null : english.toString(), item.approvedOn(), card.donorName(),
                        card.donorCountryCode(), card.fieldCode(),
                        joined(item.sectors().stream().map(s -> s.code() + ":" + s.percent().stripTrailingZeros()
                                .toPlainString()).toList()),
                        joined(item.places().stream().map(p -> p.communeCode() + ":" + p.percent()
                                .stripTrailingZeros().toPlainString()).toList()),
                        card.value() == null ? null : card.value().amount(),
                        card.value() == null ? null : card.value().currency().getCurrencyCode(), card.valueVnd(),
                        card.valueUsd(), card.disbursed() == null ? null : card.disbursed().vnd(),
                        card.disbursed() == null ? null : card.disbursed().usd(), card.url(),
                        PortalLanguage.EN.aidItem(item.id(), name(item, PortalLanguage.EN))));
            }
            return rows;
        });
    }

    private static @Nullable String joined(List<String> parts) {
        return parts.isEmpty() ? null : String.join(";", parts);
    }

    /** The filter's choices: the communes, fields, sectors, donor countries and years the published items have. */
    TransparencyChoices choices(PortalLanguage language) {
        return publications.cached(List.of("transparency-choices", language), () -> {
            List<AidCard> all = cards(language);
            Map<String, String> communes = new TreeMap<>();
            Map<String, String> sectors = new TreeMap<>();
            Map<String, String> fieldNames = new TreeMap<>();
            Map<String, String> countries = new TreeMap<>();
            TreeMap<Integer, String> years = new TreeMap<>(Comparator.reverseOrder());
            for (AidCard card : all) {
                for (int i = 0; i < card.communeCodes().size(); i++) {
                    communes.put(card.communeCodes().get(i), card.communeNames().get(i));
                }
                for (int i = 0; i < card.sectorCodes().size(); i++) {
                    sectors.put(card.sectorCodes().get(i), card.sectorNames().get(i));
                }
                if (card.fieldCode() != null && card.fieldName() != null) {
                    fieldNames.put(card.fieldCode(), card.fieldName());
                }
                if (card.donorCountryCode() != null && card.donorCountry() != null) {
                    countries.put(card.donorCountryCode(), card.donorCountry());
                }
                if (card.approvedYear() != null) {
                    years.put(card.approvedYear(), card.approvedYear().toString());
                }
            }
            return new TransparencyChoices(byLabel(communes), choicesOf(sectors), byLabel(fieldNames),
                    byLabel(countries), choicesOf(years.entrySet().stream()
                            .collect(java.util.stream.Collectors.toMap(e -> e.getKey().toString(),
                                    Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new))));
        });
    }

    private AidCard card(PublishedItem item, PortalLanguage language, Map<Long, OrganisationRef> donors) {
        Locale locale = language.locale();
        Long donorId = organisation(item, DONOR);
        OrganisationRef donor = donorId == null ? null : donors.get(donorId);
        String countryCode = donor == null ? null : donor.countryCode();
        String country = countryCode == null ? null
                : codelists.find(Codelists.COUNTRY, countryCode).map(c -> c.name(locale)).orElse(countryCode);
        String fieldCode = item.priorityField();
        String fieldName = fieldCode == null ? null
                : fields.byCode(fieldCode).map((PriorityField field) -> field.name(locale)).orElse(fieldCode);
        List<String> sectorCodes = item.sectors().stream().map(PublishedItem.Sector::code).toList();
        List<String> communeCodes = item.places().stream().map(PublishedItem.Place::communeCode).toList();
        BigDecimal amount = item.value(VALUE) instanceof BigDecimal value ? value : null;
        Object currency = item.value(CURRENCY);
        String name = name(item, language);
        return new AidCard(item.id(), item.code(), name, donor == null ? null : donor.name(), country, countryCode,
                fieldCode, fieldName, sectorCodes,
                sectorCodes.stream().map(code -> code + " \u00b7 " + codelists.sector(code)
                        .map(sector -> sector.name(locale)).orElse("")).toList(),
                communeCodes, communeCodes.stream().map(code -> units.find(UnitSet.CURRENT, code)
                        .map(unit -> unit.fullName(locale)).orElse(code)).toList(),
                amount == null || currency == null ? null : Money.of(amount, currency.toString().trim()),
                item.valueVnd(), item.valueUsd(), disbursed(item),
                item.approvedOn() == null ? null : item.approvedOn().getYear(), language.aidItem(item.id(), name));
    }

    /** The aid received, if the money group is public (otherwise the item has no flows). */
    private static AidCard.@Nullable Disbursed disbursed(PublishedItem item) {
        if (item.flows().isEmpty()) {
            return null;
        }
        BigDecimal vnd = BigDecimal.ZERO;
        BigDecimal usd = BigDecimal.ZERO;
        Map<Integer, BigDecimal[]> byYear = new TreeMap<>();
        for (PublishedItem.Flow flow : item.flows()) {
            if (DISBURSEMENT.equals(flow.iatiType())) {
                vnd = vnd.add(flow.amountVnd());
                usd = usd.add(flow.amountUsd());
                BigDecimal[] year = byYear.computeIfAbsent(flow.valueDate().getYear(),
                        y -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                year[0] = year[0].add(flow.amountVnd());
                year[1] = year[1].add(flow.amountUsd());
            }
        }
        return new AidCard.Disbursed(vnd, usd, byYear);
    }

    /**
     * The headline's figures for the filter: the aid statistics' public query (the same figures as the statistics API
     * with {@code published=true}), so only published items whose money the focal point made public count, and
     * committed and disbursed money are the items' commitments and disbursements at their own rates. A chosen year
     * is the year the money is dated in; the other filters as the statistics read them (a sector or commune takes
     * its share of each item's money).
     */
    AidFigures figures(TransparencyFilter filter, PortalLanguage language) {
        StatisticsFilter published = publicFilter(filter);
        Locale locale = language.locale();
        String unclassified = text("portal.transparency.figures.noField", language);
        AidFigures.Row total = row(text("portal.transparency.figures.total", language), statistics.totals(published));
        List<AidFigures.Row> byField = statistics.breakdown(published, List.of(StatisticsDimension.PRIORITY_FIELD))
                .stream().map(row -> row(row.key(0).isEmpty() ? unclassified : fields.byCode(row.key(0))
                        .map((PriorityField field) -> field.name(locale)).orElse(row.key(0)), row))
                .sorted(Comparator.comparing(AidFigures.Row::label)).toList();
        List<AidFigures.Row> byYear = statistics.breakdown(published, List.of(StatisticsDimension.YEAR)).stream()
                .map(row -> row(Integer.valueOf(row.key(0)).toString(), row)).toList();
        return new AidFigures(total, byField, byYear);
    }

    /** The statistics' public filter for the transparency list's filter (the page aside). */
    StatisticsFilter publicFilter(TransparencyFilter filter) {
        StatisticsFilter published = (filter.year() == null ? StatisticsFilter.of(FIRST_MONTH, LAST_MONTH)
                : StatisticsFilter.of(java.time.YearMonth.of(filter.year(), 1),
                        java.time.YearMonth.of(filter.year(), 12))).publishedOnly()
                .withPriorityField(filter.field()).withSector(filter.sector()).withCommune(filter.commune());
        if (filter.country() != null) {
            published = published.withDonors(registry.idsInCountry(filter.country()));
        }
        return published;
    }

    private static AidFigures.Row row(String label, StatisticsRow row) {
        return new AidFigures.Row(label, row.items(), row.committedVnd(), row.committedUsd(), row.disbursedVnd(),
                row.disbursedUsd());
    }

    private AidDetail.ResultView result(PublishedItem.Result result, PortalLanguage language) {
        String title = language == PortalLanguage.EN && result.titleEn() != null ? result.titleEn() : result.titleVi();
        return new AidDetail.ResultView(title, result.description(), result.indicators().stream().map(indicator -> {
            PublishedItem.Period last = indicator.periods().isEmpty() ? null
                    : indicator.periods().get(indicator.periods().size() - 1);
            return new AidDetail.IndicatorView(language == PortalLanguage.EN && indicator.titleEn() != null
                    ? indicator.titleEn() : indicator.titleVi(), indicator.baselineValue(), indicator.baselineYear(),
                    last == null ? null : last.target(), last == null ? null : last.actual());
        }).toList());
    }

    /** The item's name in a language, in Vietnamese when it has no English one. */
    public static String name(PublishedItem item, PortalLanguage language) {
        Object english = item.value(NAME_EN);
        Object vietnamese = item.value(NAME_VI);
        if (language == PortalLanguage.EN && english != null) {
            return english.toString();
        }
        return vietnamese != null ? vietnamese.toString() : item.code();
    }

    private static @Nullable Long organisation(PublishedItem item, String path) {
        return item.value(path) instanceof Number id ? id.longValue() : null;
    }

    private static String objectivesPath(PortalLanguage language) {
        return "description[@type='2']/narrative[@xml:lang='" + language.code() + "']";
    }

    private static String descriptionPath(PortalLanguage language) {
        return "description[@type='1']/narrative[@xml:lang='" + language.code() + "']";
    }

    /** A text in the page's language, else in Vietnamese. */
    private static @Nullable String text(PublishedItem item, String path, String fallback) {
        Object value = item.value(path);
        if (value == null) {
            value = item.value(fallback);
        }
        return value == null ? null : value.toString();
    }

    private String text(String key, PortalLanguage language) {
        return messages.getMessage(key, null, language.locale());
    }

    private static List<Choice> choicesOf(Map<String, String> entries) {
        return entries.entrySet().stream().map(entry -> new Choice(entry.getKey(), entry.getValue())).toList();
    }

    private static List<Choice> byLabel(Map<String, String> entries) {
        return choicesOf(entries).stream().sorted(Comparator.comparing(Choice::label)).toList();
    }
}
