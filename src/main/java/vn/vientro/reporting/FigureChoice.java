package vn.vientro.reporting;

import io.swagger.v3.oas.annotations.Parameter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.AidStatus;
import vn.vientro.shared.InvalidInputException;

/**
 * The filters a reader sets on figures, as the pages' addresses name them ({@code field}, {@code sector},
 * {@code commune}, {@code country}, {@code organisation}, {@code kind}, {@code status}): a priority field's code, a DAC
 * code or its prefix, a commune's code, a donor country's ISO code, a donor organisation's number, an aid kind, a
 * status. {@link StatisticsFilters} turns them into the aid statistics' filter within what the reader may see.
 * Controllers take it as a parameter ({@link FigureParameterResolvers}); the API documents it as these parameters.
 */
public record FigureChoice(@Parameter(description = "A priority field's code") @Nullable String field,
                           @Parameter(description = "A DAC code or 3-digit category") @Nullable String sector,
                           @Parameter(description = "A commune's code") @Nullable String commune,
                           @Parameter(description = "The donor's country (ISO alpha-2)") @Nullable String country,
                           @Parameter(description = "The donor's registry id") @Nullable Long organisation,
                           @Parameter(description = "The kind of aid") @Nullable AidKind kind,
                           @Parameter(description = "The item's status") @Nullable AidStatus status) {

    /** The parameters' names, as addresses write them. */
    static final java.util.List<String> NAMES =
            java.util.List.of("field", "sector", "commune", "country", "organisation", "kind", "status");

    public static final FigureChoice NONE = new FigureChoice(null, null, null, null, null, null, null);

    public boolean any() {
        return field != null || sector != null || commune != null || country != null || organisation != null
                || kind != null || status != null;
    }

    /**
     * The filters an address a person typed or edited names; a value that names nothing reads as no filter, so a
     * typo narrows nothing and the page still shows figures.
     */
    public static FigureChoice read(MultiValueMap<String, String> parameters) {
        String country = code(first(parameters, "country"));
        return new FigureChoice(code(first(parameters, "field")), code(first(parameters, "sector")),
                code(first(parameters, "commune")), country == null ? null : country.toUpperCase(Locale.ROOT),
                number(first(parameters, "organisation")),
                named(AidKind.class, first(parameters, "kind")).orElse(null),
                named(AidStatus.class, first(parameters, "status")).orElse(null));
    }

    /**
     * The filters a program's call names: a value given that names nothing is refused at its parameter, since a
     * program would otherwise take the unfiltered figures for the filtered ones.
     */
    public static FigureChoice require(MultiValueMap<String, String> parameters) {
        FigureChoice choice = read(parameters);
        Map<String, Boolean> read = Map.of("field", choice.field != null, "sector", choice.sector != null,
                "commune", choice.commune != null, "country", choice.country != null,
                "organisation", choice.organisation != null, "kind", choice.kind != null,
                "status", choice.status != null);
        for (String name : NAMES) {
            if (!first(parameters, name).isEmpty() && !read.get(name)) {
                throw new InvalidInputException(name, "reporting.filter.invalid", first(parameters, name));
            }
        }
        return choice;
    }

    public FigureChoice withOrganisation(@Nullable Long other) {
        return new FigureChoice(field, sector, commune, country, other, kind, status);
    }

    public FigureChoice withCountry(@Nullable String other) {
        return new FigureChoice(field, sector, commune, other, organisation, kind, status);
    }

    /**
     * The aid list's parameters for the filters the list knows (field, commune, donor, kind, status): a click from
     * a figure to its items keeps these and drops the sector and country, which the list does not filter by.
     */
    public Map<String, String> aidListParameters() {
        Map<String, String> values = new LinkedHashMap<>();
        putIf(values, "field", field);
        putIf(values, "commune", commune);
        putIf(values, "donor", organisation == null ? null : organisation.toString());
        putIf(values, "kind", kind == null ? null : kind.name());
        putIf(values, "status", status == null ? null : status.name());
        return values;
    }

    private static void putIf(Map<String, String> values, String name, @Nullable String value) {
        if (value != null) {
            values.put(name, value);
        }
    }

    /** Adds the filters set to an address's parameters, as {@link #read} reads them. */
    public void addTo(MultiValueMap<String, String> parameters) {
        addIf(parameters, "field", field);
        addIf(parameters, "sector", sector);
        addIf(parameters, "commune", commune);
        addIf(parameters, "country", country);
        addIf(parameters, "organisation", organisation == null ? null : organisation.toString());
        addIf(parameters, "kind", kind == null ? null : kind.name());
        addIf(parameters, "status", status == null ? null : status.name());
    }

    private static void addIf(MultiValueMap<String, String> parameters, String name, @Nullable String value) {
        if (value != null) {
            parameters.add(name, value);
        }
    }

    private static String first(MultiValueMap<String, String> parameters, String name) {
        String value = parameters.getFirst(name);
        return value == null ? "" : value.strip();
    }

    private static <E extends Enum<E>> Optional<E> named(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst();
    }

    /** A code is letters, digits, dots and dashes, at most 20: anything else names nothing. */
    private static @Nullable String code(String value) {
        return value.matches("[A-Za-z0-9.\\-]{1,20}") ? value : null;
    }

    private static @Nullable Long number(String value) {
        return value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
    }
}
