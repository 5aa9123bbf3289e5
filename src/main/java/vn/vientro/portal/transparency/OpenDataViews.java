package vn.vientro.portal.transparency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.vientro.aid.PublishedItem;
import vn.vientro.mobilisation.PublishedNeed;
import vn.vientro.portal.catalogue.CatalogueViews;
import vn.vientro.portal.site.PortalLanguage;
import vn.vientro.portal.site.Publications;

/**
 * Open data beside the aid items' file (issue 15 point 8): the published needs of the catalogue, and the aggregates
 * of the published aid by priority field, commune, donor country and year. Both hold only what the portal publishes:
 * a need's contact person stays on its page, and an item counts in an aggregate only by the groups made public.
 */
@Component
class OpenDataViews {

    /** The needs' columns, in the CSV's order, as the JSON names them too. */
    static final List<String> NEED_COLUMNS = List.of("id", "title_vi", "title_en", "summary_vi", "summary_en",
            "priority_field", "sectors", "communes", "estimated_cost_vnd", "foreign_amount", "foreign_currency",
            "counterpart_vnd", "duration_months", "period_first_year", "period_last_year", "url_vi", "url_en");
    /** The aggregates' columns: one row per value of a dimension. */
    static final List<String> AGGREGATE_COLUMNS = List.of("dimension", "code", "label_vi", "label_en", "items",
            "committed_vnd", "committed_usd", "disbursed_vnd", "disbursed_usd");
    static final String FIELD = "priority_field";
    static final String COMMUNE = "commune";
    static final String COUNTRY = "donor_country";
    static final String YEAR = "year";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final CatalogueViews catalogue;
    private final TransparencyViews transparency;
    private final Publications publications;

    OpenDataViews(CatalogueViews catalogue, TransparencyViews transparency, Publications publications) {
        this.catalogue = catalogue;
        this.transparency = transparency;
        this.publications = publications;
    }

    OpenDataTable needs() {
        return publications.cached("open-data-needs", () -> new OpenDataTable(NEED_COLUMNS, catalogue.all().stream()
                .sorted(java.util.Comparator.comparingLong(PublishedNeed::id)).map(OpenDataViews::need).toList()));
    }

    private static List<@Nullable Object> need(PublishedNeed need) {
        return Arrays.asList(need.id(), need.titleVi(), need.titleEn(), need.summaryVi(), need.summaryEn(),
                need.priorityField(), joined(need.sectors()), joined(need.communes()), need.estimatedCost(),
                need.foreignAmount(), need.foreignCurrency(), need.counterpart(), need.durationMonths(),
                need.period().firstYear(), need.period().lastYear(),
                PortalLanguage.VI.need(need.id(), need.titleVi()),
                PortalLanguage.EN.need(need.id(), need.title(Locale.ENGLISH)));
    }

    private static @Nullable String joined(List<String> codes) {
        return codes.isEmpty() ? null : String.join(";", codes);
    }

    /**
     * The published aid summed by dimension. An item counts once in each dimension; by commune its amounts are
     * weighted by the commune's share (so the communes never count an item's money twice); by year the value counts
     * in the year of approval and the aid received in the year of its value date.
     */
    OpenDataTable aggregates() {
        return publications.cached("open-data-aggregates", () -> {
            Map<Long, AidCard> vi = new HashMap<>();
            Map<Long, AidCard> en = new HashMap<>();
            transparency.cards(PortalLanguage.VI).forEach(card -> vi.put(card.id(), card));
            transparency.cards(PortalLanguage.EN).forEach(card -> en.put(card.id(), card));
            Map<String, Sum> sums = new TreeMap<>();
            for (PublishedItem item : transparency.all()) {
                AidCard card = vi.get(item.id());
                AidCard english = en.get(item.id());
                if (card == null || english == null) {
                    continue;
                }
                sum(sums, FIELD, card.fieldCode(), card.fieldName(), english.fieldName()).whole(card);
                sum(sums, COUNTRY, card.donorCountryCode(), card.donorCountry(), english.donorCountry()).whole(card);
                for (PublishedItem.Place place : item.places()) {
                    int at = card.communeCodes().indexOf(place.communeCode());
                    sum(sums, COMMUNE, place.communeCode(), at < 0 ? null : card.communeNames().get(at),
                            at < 0 ? null : english.communeNames().get(at)).share(card, place.percent());
                }
                if (card.approvedYear() != null) {
                    String year = card.approvedYear().toString();
                    sum(sums, YEAR, year, year, year).committed(card, BigDecimal.ONE);
                }
                if (card.disbursed() != null) {
                    card.disbursed().byYear().forEach((year, amounts) -> sum(sums, YEAR, year.toString(),
                            year.toString(), year.toString()).disbursed(amounts[0], amounts[1]));
                }
            }
            List<List<@Nullable Object>> rows = new ArrayList<>();
            for (String dimension : List.of(FIELD, COMMUNE, COUNTRY, YEAR)) {
                sums.values().stream().filter(sum -> sum.dimension.equals(dimension)).forEach(sum -> rows.add(
                        sum.row()));
            }
            return new OpenDataTable(AGGREGATE_COLUMNS, rows);
        });
    }

    private static Sum sum(Map<String, Sum> sums, String dimension, @Nullable String code, @Nullable String labelVi,
                           @Nullable String labelEn) {
        String key = dimension + "\u0000" + (code == null ? "" : code);
        return sums.computeIfAbsent(key, k -> new Sum(dimension, code, labelVi, labelEn));
    }

    /** One row of the aggregates: a dimension's value, its items and amounts. */
    private static final class Sum {
        private final String dimension;
        private final @Nullable String code;
        private final @Nullable String labelVi;
        private final @Nullable String labelEn;
        private long items;
        private BigDecimal committedVnd = BigDecimal.ZERO;
        private BigDecimal committedUsd = BigDecimal.ZERO;
        private BigDecimal disbursedVnd = BigDecimal.ZERO;
        private BigDecimal disbursedUsd = BigDecimal.ZERO;

        Sum(String dimension, @Nullable String code, @Nullable String labelVi, @Nullable String labelEn) {
            this.dimension = dimension;
            this.code = code;
            this.labelVi = labelVi;
            this.labelEn = labelEn;
        }

        void whole(AidCard card) {
            share(card, HUNDRED);
        }

        void share(AidCard card, BigDecimal percent) {
            BigDecimal weight = percent.divide(HUNDRED, 8, RoundingMode.HALF_UP);
            committed(card, weight);
            if (card.disbursed() != null) {
                disbursed(card.disbursed().vnd().multiply(weight), card.disbursed().usd().multiply(weight));
            }
        }

        void committed(AidCard card, BigDecimal weight) {
            items++;
            if (card.valueVnd() != null) {
                committedVnd = committedVnd.add(card.valueVnd().multiply(weight));
            }
            if (card.valueUsd() != null) {
                committedUsd = committedUsd.add(card.valueUsd().multiply(weight));
            }
        }

        void disbursed(BigDecimal vnd, BigDecimal usd) {
            disbursedVnd = disbursedVnd.add(vnd);
            disbursedUsd = disbursedUsd.add(usd);
        }

        List<@Nullable Object> row() {
            return Arrays.asList(dimension, code, labelVi, labelEn, items, rounded(committedVnd),
                    rounded(committedUsd), rounded(disbursedVnd), rounded(disbursedUsd));
        }

        private static BigDecimal rounded(BigDecimal amount) {
            return amount.setScale(2, RoundingMode.HALF_UP);
        }
    }
}
