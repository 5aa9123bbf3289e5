package vn.vientro.monitoring.inspection;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/**
 * An inspection as the planner writes it, on the page and over the API: the subject is the id of the kind chosen
 * (an approved aid item, an organisation of the registry, an agency), the team its users' ids and the outside members
 * one a line, "name, organisation".
 *
 * @param version the inspection's version the planner saw; none for a new one
 */
public record InspectionInput(@Nullable Long version,
                              @NotNull(message = "{validation.required}") @Min(2000) @Max(2100)
                              @Nullable Integer planYear,
                              @NotNull(message = "{validation.required}") @Nullable InspectionType type,
                              @NotBlank(message = "{validation.required}")
                              @Size(max = TextLength.NAME, message = "{validation.tooLong}") @Nullable String title,
                              @NotNull(message = "{validation.required}") @Nullable SubjectKind subjectKind,
                              @Nullable Long aidItemId, @Nullable Long organisationId, @Nullable Long agencyId,
                              @NotNull(message = "{validation.required}") @Nullable LocalDate startsOn,
                              @NotNull(message = "{validation.required}") @Nullable LocalDate endsOn,
                              @Size(max = 50, message = "{validation.tooLong}") @Nullable List<Long> teamUserIds,
                              @Size(max = TextLength.TEXT, message = "{validation.tooLong}")
                              @Nullable String outsideMembers) {

    static InspectionInput blank(int year) {
        return new InspectionInput(null, year, null, null, null, null, null, null, null, null, List.of(), null);
    }

    InspectionInput withVersion(long stored) {
        return new InspectionInput(stored, planYear, type, title, subjectKind, aidItemId, organisationId, agencyId,
                startsOn, endsOn, teamUserIds, outsideMembers);
    }

    List<Long> teamUsers() {
        return teamUserIds == null ? List.of() : teamUserIds;
    }
}
