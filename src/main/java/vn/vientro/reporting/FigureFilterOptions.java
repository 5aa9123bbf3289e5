package vn.vientro.reporting;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.AidStatus;
import vn.vientro.reference.AdminUnit;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.CodelistItem;
import vn.vientro.reference.Codelists;
import vn.vientro.reference.PriorityFields;
import vn.vientro.reference.UnitSet;
import vn.vientro.registry.OrganisationChoice;
import vn.vientro.registry.OrganisationKind;
import vn.vientro.registry.Registry;

/**
 * What a reader may pick for each filter of a {@link FigureChoice}, the same on the dashboard, the map and the pivot
 * ({@code reporting/filters :: figureFilters}): names in the reader's language, sorted by Vietnamese (or English)
 * collation; donors are the organisations that are neither Vietnamese agencies nor partners.
 */
@Component
public class FigureFilterOptions {

    private final PriorityFields fields;
    private final Codelists codelists;
    private final AdminUnits units;
    private final Registry registry;
    private final MessageSource messages;
    private final Map<String, Donors> sortedDonors = new ConcurrentHashMap<>();

    FigureFilterOptions(PriorityFields fields, Codelists codelists, AdminUnits units, Registry registry,
                        MessageSource messages) {
        this.fields = fields;
        this.codelists = codelists;
        this.units = units;
        this.registry = registry;
        this.messages = messages;
    }

    /** One choice of a drop-down: its value, its label, whether the reader's filter has it. */
    public record Option(String value, String label, boolean selected) {
    }

    /** Every filter's choices, each with the reader's current one selected. */
    public record Lists(List<Option> fields, List<Option> sectors, List<Option> communes, List<Option> countries,
                        List<Option> organisations, List<Option> kinds, List<Option> statuses) {

        /** Each filter's choices under its parameter's name, in the order the filter bar shows them. */
        Map<String, List<Option>> byName() {
            Map<String, List<Option>> all = new LinkedHashMap<>();
            all.put("field", fields);
            all.put("sector", sectors);
            all.put("commune", communes);
            all.put("country", countries);
            all.put("organisation", organisations);
            all.put("kind", kinds);
            all.put("status", statuses);
            return all;
        }
    }

    /** The filters set, in words ("Lĩnh vực ưu tiên: Y tế"), as a folded filter bar shows them. */
    public List<String> applied(Lists lists, Locale locale) {
        List<String> texts = new ArrayList<>();
        lists.byName().forEach((name, options) -> options.stream().filter(Option::selected).findFirst()
                .ifPresent(chosen -> texts.add(messages.getMessage("reporting.filter.applied", new Object[] {
                        messages.getMessage("reporting.filter." + name, null, locale), chosen.label()}, locale))));
        return texts;
    }

    public Lists of(FigureChoice choice, Locale locale) {
        Collator collator = Collator.getInstance("en".equals(locale.getLanguage()) ? Locale.ENGLISH
                : Locale.forLanguageTag("vi"));
        Donors donors = donors(collator, locale);
        String organisation = Objects.toString(choice.organisation(), null);
        // the countries in one read (a withdrawn code, never listed as active, is still found and named)
        Map<String, CodelistItem> countries = codelists.active(Codelists.COUNTRY).stream()
                .collect(Collectors.toMap(CodelistItem::code, c -> c, (a, b) -> a));
        return new Lists(
                sorted(fields.all().stream().map(f -> option(f.code(), f.name(locale), choice.field())).toList(),
                        collator),
                sectors(choice.sector(), locale),
                sorted(units.list(UnitSet.CURRENT, null, units.deploymentProvinceCode(), 5000).stream()
                        .filter(AdminUnit::isCommune)
                        .map(u -> option(u.code(), u.fullName(locale), choice.commune())).toList(), collator),
                sorted(donors.read().stream().map(OrganisationChoice::countryCode).filter(Objects::nonNull).distinct()
                        .map(code -> option(code, Optional.ofNullable(countries.get(code))
                                .or(() -> codelists.find(Codelists.COUNTRY, code))
                                .map(c -> c.name(locale)).orElse(code), choice.country())).toList(), collator),
                donors.sorted().stream().map(o -> o.value().equals(organisation) ? option(o.value(), o.label(),
                        organisation) : o).toList(),
                named(AidKind.values(), "aid.kind.", choice.kind(), locale),
                named(AidStatus.values(), "aid.status.", choice.status(), locale));
    }

    /**
     * The donors (organisations that are neither Vietnamese agencies nor partners) as the registry has them now, and
     * their choices sorted in a language, none selected.
     */
    private record Donors(List<OrganisationChoice> read, List<Option> sorted) {
    }

    /**
     * The donors' choices sorted, kept per language while the registry reads the same: thousands of collation keys
     * took most of the filter bar's time on every page, the light read that checks them a few milliseconds.
     */
    private Donors donors(Collator collator, Locale locale) {
        List<OrganisationChoice> read = registry.choiceNames().stream()
                .filter(o -> o.kind() != OrganisationKind.VIETNAMESE_AGENCY
                        && o.kind() != OrganisationKind.VIETNAMESE_PARTNER).toList();
        String language = "en".equals(locale.getLanguage()) ? "en" : "vi";
        Donors kept = sortedDonors.get(language);
        if (kept != null && kept.read().equals(read)) {
            return kept;
        }
        Donors fresh = new Donors(read, sorted(read.stream().map(o -> option(Long.toString(o.id()), o.name(), null))
                .toList(), collator));
        sortedDonors.put(language, fresh);
        return fresh;
    }

    /** DAC categories in code order (the groups read as a tree), and a 5-digit code chosen elsewhere as well. */
    private List<Option> sectors(@Nullable String chosen, Locale locale) {
        List<Option> categories = new ArrayList<>(codelists.active(Codelists.SECTOR_CATEGORY).stream()
                .sorted(Comparator.comparing(c -> c.code()))
                .map(c -> option(c.code(), c.code() + " – " + c.name(locale), chosen)).toList());
        if (chosen != null && categories.stream().noneMatch(Option::selected)) {
            codelists.find(Codelists.SECTOR, chosen).ifPresent(sector ->
                    categories.add(0, option(sector.code(), sector.code() + " – " + sector.name(locale), chosen)));
        }
        return categories;
    }

    private <E extends Enum<E>> List<Option> named(E[] values, String prefix, @Nullable E chosen, Locale locale) {
        return Arrays.stream(values).map(value -> new Option(value.name(),
                messages.getMessage(prefix + value.name(), null, value.name(), locale), value == chosen)).toList();
    }

    private static Option option(String value, String label, @Nullable String chosen) {
        return new Option(value, label, value.equals(chosen));
    }

    /** Sorted by collation keys, each label's computed once (thousands of donors at national scale). */
    private static List<Option> sorted(List<Option> options, Collator collator) {
        record Keyed(java.text.CollationKey key, Option option) {
        }
        return options.stream().map(o -> new Keyed(collator.getCollationKey(o.label()), o))
                .sorted(Comparator.comparing(Keyed::key)).map(Keyed::option).toList();
    }
}
