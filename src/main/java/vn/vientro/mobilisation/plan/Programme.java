package vn.vientro.mobilisation.plan;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The programme of several years a yearly plan carries out (seed 003: plan 67/UBND-NC for 2022–2025). */
record Programme(String title, int startYear, int endYear, @Nullable String decisionNumber,
                 @Nullable LocalDate decisionDate) {
}
