package vn.vientro.portal.transparency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
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

    private final CatalogueViews catalogue;
    private final PublicAggregates aggregates;
    private final Publications publications;

    OpenDataViews(CatalogueViews catalogue, PublicAggregates aggregates, Publications publications) {
        this.catalogue = catalogue;
        this.aggregates = aggregates;
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

    /** The published aid summed by dimension, the same figures as the transparency headline. */
    OpenDataTable aggregates() {
        return publications.cached("open-data-aggregates", () -> new OpenDataTable(AGGREGATE_COLUMNS,
                aggregates.rows()));
    }
}
