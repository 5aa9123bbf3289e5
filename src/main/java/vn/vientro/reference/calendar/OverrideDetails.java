package vn.vientro.reference.calendar;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What an administrator records from an official announcement about one day. */
public record OverrideDetails(LocalDate day, OverrideKind kind, String nameVi, @Nullable String nameEn,
                              String legalBasis) {
}
