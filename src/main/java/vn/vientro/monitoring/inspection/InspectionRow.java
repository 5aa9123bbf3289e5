package vn.vientro.monitoring.inspection;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An inspection in the year's plan, its subject named in the reader's language. */
public record InspectionRow(long id, int planYear, InspectionType type, String title, SubjectKind subjectKind,
                            @Nullable Long subjectId, String subjectName, LocalDate startsOn, LocalDate endsOn,
                            InspectionStatus status) {

    InspectionRow named(String name) {
        return new InspectionRow(id, planYear, type, title, subjectKind, subjectId, name, startsOn, endsOn, status);
    }
}
