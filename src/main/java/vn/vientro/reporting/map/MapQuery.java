package vn.vientro.reporting.map;

import org.jspecify.annotations.Nullable;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.AidStatus;
import vn.vientro.reporting.FigureChoice;
import vn.vientro.reporting.ReportingPeriod;
import vn.vientro.shared.TextLength;

/**
 * What the map shows, as its address writes it: the period ({@link ReportingPeriod#code()}), the measure colouring the
 * communes and the filters, named as the dashboard names them.
 *
 * @param field        a priority field's code
 * @param sector       a DAC code or its 3-digit category
 * @param commune      a commune's code
 * @param country      the donors' country (ISO code)
 * @param organisation the donor organisation's id
 */
public record MapQuery(@Nullable String period, @Nullable Measure measure, @Nullable String field,
                       @Nullable String sector, @Nullable String commune, @Nullable String country,
                       @Nullable Long organisation, @Nullable AidKind kind, @Nullable AidStatus status) {

    public MapQuery {
        field = blankAsNull(field);
        sector = blankAsNull(sector);
        commune = blankAsNull(commune);
        country = blankAsNull(country);
        period = blankAsNull(period);
    }

    /** What colours the communes. */
    public enum Measure {
        COMMITTED, DISBURSED, ITEMS
    }

    public Measure measureOrDefault() {
        return measure == null ? Measure.COMMITTED : measure;
    }

    /** The filters, as every figure of the reporting module reads them; a code longer than any is refused. */
    public FigureChoice choice() {
        TextLength.require("field", field, TextLength.CODE);
        TextLength.require("sector", sector, TextLength.CODE);
        TextLength.require("commune", commune, TextLength.CODE);
        TextLength.require("country", country, TextLength.CODE);
        return new FigureChoice(field, sector, commune, country, organisation, kind, status);
    }

    private static @Nullable String blankAsNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
