package vn.vientro.mobilisation;

/** A plan period of the catalogue ("2026–2030") with an approved version listing published needs. */
public record PublishedPeriod(long id, int firstYear, int lastYear) {
}
