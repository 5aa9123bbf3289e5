package vn.vientro.reference.calendar;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One recorded override of the computed calendar.
 *
 * @param legalBasis the document that decided it, e.g. "Thông báo 6150/TB-BNV" or "Công văn 12729/VPCP-KGVX"
 */
public record CalendarOverride(long id, long version, LocalDate day, OverrideKind kind, String nameVi,
                               @Nullable String nameEn, String legalBasis) {
}
