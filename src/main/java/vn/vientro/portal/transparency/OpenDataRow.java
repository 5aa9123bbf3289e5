package vn.vientro.portal.transparency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One published aid item in the open-data files, with stable column names (documented on the open-data page); a part
 * whose group is not public is empty (null in JSON).
 */
public record OpenDataRow(long id, String code, String nameVi, @Nullable String nameEn, @Nullable LocalDate approvedOn,
                          @Nullable String donor, @Nullable String donorCountry, @Nullable String priorityField,
                          @Nullable String sectors, @Nullable String communes, @Nullable BigDecimal valueAmount,
                          @Nullable String valueCurrency, @Nullable BigDecimal valueVnd, @Nullable BigDecimal valueUsd,
                          @Nullable BigDecimal disbursedVnd, @Nullable BigDecimal disbursedUsd, String urlVi,
                          String urlEn) {

    /** The columns, in the CSV's order, as the JSON names them too. */
    static final List<String> COLUMNS = List.of("id", "code", "name_vi", "name_en", "approved_on", "donor",
            "donor_country", "priority_field", "sectors", "communes", "value_amount", "value_currency", "value_vnd",
            "value_usd", "disbursed_vnd", "disbursed_usd", "url_vi", "url_en");

    List<@Nullable Object> values() {
        return java.util.Arrays.asList(id, code, nameVi, nameEn, approvedOn, donor, donorCountry, priorityField,
                sectors, communes, valueAmount, valueCurrency, valueVnd, valueUsd, disbursedVnd, disbursedUsd, urlVi,
                urlEn);
    }

    /** The row with its pages' addresses made absolute on the site at {@code base}. */
    OpenDataRow at(String base) {
        return new OpenDataRow(id, code, nameVi, nameEn, approvedOn, donor, donorCountry, priorityField, sectors,
                communes, valueAmount, valueCurrency, valueVnd, valueUsd, disbursedVnd, disbursedUsd, base + urlVi,
                base + urlEn);
    }

    /** The row as a JSON object with the columns' names. */
    java.util.Map<String, @Nullable Object> json() {
        java.util.Map<String, @Nullable Object> object = new java.util.LinkedHashMap<>();
        List<@Nullable Object> values = values();
        for (int i = 0; i < COLUMNS.size(); i++) {
            Object value = values.get(i);
            object.put(COLUMNS.get(i), value == null ? null : value instanceof BigDecimal || value instanceof Long
                    ? value : value.toString());
        }
        return object;
    }

    /** The row as a CSV line (RFC 4180: fields with a comma, a quote or a line break quoted). */
    String csv() {
        return values().stream().map(value -> value == null ? ""
                        : value instanceof BigDecimal number ? number.toPlainString() : quoted(value.toString()))
                .collect(Collectors.joining(","));
    }

    static String quoted(String text) {
        return text.matches("(?s).*[\",\\r\\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
