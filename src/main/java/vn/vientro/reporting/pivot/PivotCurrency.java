package vn.vientro.reporting.pivot;

/** The currency a pivot's money is shown in: each transaction's equivalent at its own date-effective rate. */
public enum PivotCurrency {
    VND, USD
}
