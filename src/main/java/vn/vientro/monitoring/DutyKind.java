package vn.vientro.monitoring;

/**
 * What a reporting duty asks for (DOMAIN.md §5). The first five are generated from an approved aid item by the rules
 * in configuration; the results framework's periods and the NGOs' duties are read from the modules that set them.
 */
public enum DutyKind {
    /** The aid owner's 6-month report on implementation and receipt (S000 §II.8d). */
    PROGRESS_HALF_YEAR,
    /** The aid owner's annual report (S000 §II.8d). */
    PROGRESS_ANNUAL,
    /** The completion report after the item's end. */
    COMPLETION,
    /** The 6-month revenue-expenditure settlement report, báo cáo quyết toán (S000 §II.8e). */
    SETTLEMENT_HALF_YEAR,
    /** The annual settlement report (S000 §II.8e). */
    SETTLEMENT_ANNUAL,
    /** The actual values of a results-framework period, set by the aid module. */
    RESULTS_PERIOD,
    /** A foreign NGO's implementation plan after its paper (Decree 58/2022 Art. 21), set by the registry. */
    NGO_PLAN,
    /** A foreign NGO's annual report, 18 December (Decree 58/2022 Art. 21.5), set by the registry. */
    NGO_ANNUAL_REPORT;

    /** Generated here from an aid item, as opposed to read from the module that keeps it. */
    public boolean generated() {
        return ordinal() <= SETTLEMENT_ANNUAL.ordinal();
    }
}
