package vn.vientro.aid.results;

/** What a result is in the project's logic, from what it delivers to what it changes; IATI ResultType codes. */
public enum ResultLevel {
    OUTPUT("1"), OUTCOME("2"), IMPACT("3"), OTHER("9");

    private final String iatiCode;

    ResultLevel(String iatiCode) {
        this.iatiCode = iatiCode;
    }

    public String iatiCode() {
        return iatiCode;
    }
}
