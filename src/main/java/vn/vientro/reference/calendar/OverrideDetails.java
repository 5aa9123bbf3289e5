package vn.vientro.reference.calendar;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/** What an administrator records from an official announcement about one day. */
public record OverrideDetails(LocalDate day, OverrideKind kind, String nameVi, @Nullable String nameEn,
                              String legalBasis) {

    public OverrideDetails {
        TextLength.require("nameVi", nameVi, TextLength.NAME);
        TextLength.require("nameEn", nameEn, TextLength.NAME);
        TextLength.require("legalBasis", legalBasis, TextLength.NAME);
    }
}
