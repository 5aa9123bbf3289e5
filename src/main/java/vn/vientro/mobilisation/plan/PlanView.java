package vn.vientro.mobilisation.plan;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A yearly plan as its page and the API show it. */
public record PlanView(long id, long version, int year, String title, String objectives, String programmeTitle,
                       int programmeStartYear, int programmeEndYear, @Nullable String programmeDecisionNumber,
                       @Nullable LocalDate programmeDecisionDate, String createdBy) {

    PlanInput input() {
        return new PlanInput(version, year, title, objectives, programmeTitle, programmeStartYear, programmeEndYear,
                programmeDecisionNumber, programmeDecisionDate);
    }
}
