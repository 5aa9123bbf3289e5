package vn.vientro.reporting;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.AidStatus;

/**
 * The filters a reader sets on figures, as the pages' addresses name them ({@code field}, {@code sector},
 * {@code commune}, {@code country}, {@code organisation}, {@code kind}, {@code status}): a priority field's code, a DAC
 * code or its prefix, a commune's code, a donor country's ISO code, a donor organisation's number, an aid kind, a
 * status. {@link StatisticsFilters} turns them into the aid statistics' filter within what the reader may see.
 */
public record FigureChoice(@Nullable String field, @Nullable String sector, @Nullable String commune,
                           @Nullable String country, @Nullable Long organisation, @Nullable AidKind kind,
                           @Nullable AidStatus status) {

    public static final FigureChoice NONE = new FigureChoice(null, null, null, null, null, null, null);

    public boolean any() {
        return field != null || sector != null || commune != null || country != null || organisation != null
                || kind != null || status != null;
    }

    /** The filters an address names; a value that names nothing reads as no filter, so a typo narrows nothing. */
    public static FigureChoice read(MultiValueMap<String, String> parameters) {
        return new FigureChoice(code(first(parameters, "field")), code(first(parameters, "sector")),
                code(first(parameters, "commune")), code(first(parameters, "country")),
                number(first(parameters, "organisation")),
                named(AidKind.class, first(parameters, "kind")).orElse(null),
                named(AidStatus.class, first(parameters, "status")).orElse(null));
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
