package vn.vientro.aid.results;

/** How an indicator is measured; IATI IndicatorMeasure codes. A qualitative indicator has text, never a number. */
public enum IndicatorMeasure {
    UNIT("1"), PERCENTAGE("2"), QUALITATIVE("5");

    private final String iatiCode;

    IndicatorMeasure(String iatiCode) {
        this.iatiCode = iatiCode;
    }

    public String iatiCode() {
        return iatiCode;
    }

    public boolean isNumeric() {
        return this != QUALITATIVE;
    }
}
