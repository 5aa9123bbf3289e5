package vn.vientro.monitoring.inspection;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.vientro.identity.UserView;
import vn.vientro.identity.Users;
import vn.vientro.shared.InputChecks;
import vn.vientro.shared.Role;
import vn.vientro.shared.TextLength;

/**
 * Checks what a planner typed and turns it into the inspection's details, with every mistake at its field at once:
 * the subject of the kind chosen exists (an item only once approved), the days are in order, the team has a member of
 * staff who will do the work, and each outside member's line fits.
 */
@Component
class InspectionRules {

    /** Who may sit on a team: every member of staff but administrators, who keep the system, not the province's work. */
    static final Set<Role> TEAM_ROLES = EnumSet.complementOf(EnumSet.of(Role.ADMIN));

    private final InspectionSubjects subjects;
    private final Users users;

    InspectionRules(InspectionSubjects subjects, Users users) {
        this.subjects = subjects;
        this.users = users;
    }

    List<UserView> teamChoices() {
        return users.withAnyRole(TEAM_ROLES);
    }

    InspectionDetails details(InspectionInput input) {
        InputChecks checks = new InputChecks();
        SubjectKind kind = Objects.requireNonNull(input.subjectKind(), "validated as required");
        Long owner = subject(checks, input, kind);
        if (input.endsOn() != null && input.startsOn() != null && input.endsOn().isBefore(input.startsOn())) {
            checks.refuse("endsOn", "monitoring.inspection.endsBeforeStart");
        }
        List<TeamMember> team = new ArrayList<>(staff(checks, input.teamUsers()));
        team.addAll(outside(checks, input.outsideMembers()));
        checks.done();
        return new InspectionDetails(Objects.requireNonNull(input.planYear()), Objects.requireNonNull(input.type()),
                Objects.requireNonNull(input.title()).strip(), kind,
                kind == SubjectKind.AID_ITEM ? input.aidItemId() : null,
                kind == SubjectKind.ORGANISATION ? input.organisationId() : null,
                kind == SubjectKind.AGENCY ? input.agencyId() : null, owner,
                Objects.requireNonNull(input.startsOn()), Objects.requireNonNull(input.endsOn()), team);
    }

    /** Checks the subject chosen for its kind; answers the owner agency inspected with it (none for an NGO). */
    private @Nullable Long subject(InputChecks checks, InspectionInput input, SubjectKind kind) {
        switch (kind) {
            case AID_ITEM -> {
                if (input.aidItemId() == null) {
                    checks.refuse("aidItemId", "validation.required");
                    return null;
                }
                return subjects.approvedItem(input.aidItemId()).map(item -> item.ownerAgencyId()).orElseGet(() -> {
                    checks.refuse("aidItemId", "monitoring.inspection.subject.unknown");
                    return null;
                });
            }
            case ORGANISATION -> {
                if (input.organisationId() == null || !subjects.organisationExists(input.organisationId())) {
                    checks.refuse("organisationId", input.organisationId() == null ? "validation.required"
                            : "monitoring.inspection.subject.unknown");
                }
                return null;
            }
            default -> {
                if (input.agencyId() == null || !subjects.agencyExists(input.agencyId())) {
                    checks.refuse("agencyId", input.agencyId() == null ? "validation.required"
                            : "monitoring.inspection.subject.unknown");
                }
                return input.agencyId();
            }
        }
    }

    /** The team's users, each once; someone of staff must be on it, to do the work and read the findings. */
    private List<TeamMember> staff(InputChecks checks, List<Long> userIds) {
        Map<Long, UserView> choices = teamChoices().stream()
                .collect(Collectors.toMap(UserView::id, Function.identity()));
        List<Long> chosen = userIds.stream().filter(Objects::nonNull).distinct().toList();
        if (chosen.isEmpty()) {
            checks.refuse("teamUserIds", "monitoring.inspection.team.required");
        } else if (!choices.keySet().containsAll(chosen)) {
            checks.refuse("teamUserIds", "monitoring.inspection.team.unknown");
        }
        return chosen.stream().filter(choices::containsKey)
                .map(id -> TeamMember.staff(id, choices.get(id).username())).toList();
    }

    /** One outside member a line: the name, then after the first comma the body they come from. */
    private static List<TeamMember> outside(InputChecks checks, @Nullable String lines) {
        if (lines == null || lines.isBlank()) {
            return List.of();
        }
        List<TeamMember> members = new ArrayList<>();
        for (String line : lines.strip().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int comma = line.indexOf(',');
            String name = (comma < 0 ? line : line.substring(0, comma)).strip();
            String body = comma < 0 ? null : line.substring(comma + 1).strip();
            if (name.isEmpty() || name.length() > TextLength.NAME || body != null && body.length() > TextLength.NAME) {
                checks.refuse("outsideMembers", "monitoring.inspection.outside.invalid", line.strip());
                continue;
            }
            members.add(TeamMember.outside(name, body == null || body.isEmpty() ? null : body));
        }
        return members;
    }
}
