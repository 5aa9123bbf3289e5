package vn.vientro.monitoring.inspection;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The team's answers to the checklist, on the page and over the API, each point by its code.
 *
 * @param version the inspection's version the team member saw
 */
public record ChecklistForm(@Nullable Long version,
                            @Size(max = 100, message = "{validation.tooLong}") @Nullable List<@Valid Answer> checklist) {

    /** One point's answer; a point not sent keeps its answer. */
    public record Answer(@Size(max = 100, message = "{validation.tooLong}") @Nullable String code,
                         @Nullable CheckResult result,
                         @Size(max = vn.vientro.shared.TextLength.TEXT, message = "{validation.tooLong}")
                         @Nullable String note) {
    }

    List<ChecklistEntry> answers() {
        return checklist == null ? List.of() : checklist.stream()
                .filter(answer -> answer != null && answer.code() != null && answer.result() != null)
                .map(answer -> new ChecklistEntry(answer.code(), answer.result(), answer.note())).toList();
    }

    long versionOrNone() {
        return version == null ? -1 : version;
    }
}
