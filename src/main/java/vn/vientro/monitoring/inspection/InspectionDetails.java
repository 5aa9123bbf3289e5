package vn.vientro.monitoring.inspection;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What planning an inspection decides, checked: the year of the plan, the type, the subject (one of the three ids, by
 * its kind) and the owner agency inspected with it, the days, and the team.
 */
record InspectionDetails(int planYear, InspectionType type, String title, SubjectKind subjectKind,
                         @Nullable Long aidItemId, @Nullable Long organisationId, @Nullable Long agencyId,
                         @Nullable Long ownerAgencyId, LocalDate startsOn, LocalDate endsOn, List<TeamMember> team) {
}
