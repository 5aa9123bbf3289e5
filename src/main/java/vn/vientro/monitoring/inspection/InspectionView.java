package vn.vientro.monitoring.inspection;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An inspection as its page and the API show it: the subject named, the team by name, the checklist's answers. The
 * findings are read apart, by those the confidentiality rule lets.
 */
public record InspectionView(long id, long version, int planYear, InspectionType type, String title,
                             SubjectKind subjectKind, @Nullable Long subjectId, String subjectName,
                             @Nullable Long ownerAgencyId, LocalDate startsOn, LocalDate endsOn,
                             InspectionStatus status, @Nullable String conclusion, @Nullable LocalDate concludedOn,
                             List<Member> team, List<ChecklistEntry> checklist) {

    /** A team member: a user (their id, name and agency) or an outside member (name and body). */
    public record Member(@Nullable Long userId, String name, @Nullable String organisation) {
    }

    /** The inspection as the planner's form shows it, outside members one a line. */
    InspectionInput input() {
        return new InspectionInput(version, planYear, type, title, subjectKind,
                subjectKind == SubjectKind.AID_ITEM ? subjectId : null,
                subjectKind == SubjectKind.ORGANISATION ? subjectId : null,
                subjectKind == SubjectKind.AGENCY ? subjectId : null, startsOn, endsOn,
                team.stream().filter(member -> member.userId() != null).map(Member::userId).toList(),
                String.join("\n", team.stream().filter(member -> member.userId() == null)
                        .map(member -> member.organisation() == null ? member.name()
                                : member.name() + ", " + member.organisation()).toList()));
    }
}
