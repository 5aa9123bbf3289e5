package vn.vientro.monitoring.scorecard;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One NGO's or aid owner's scorecards, year by year (the years with something to count), the earliest first. */
public record ScorecardHistory(ScorecardKind kind, long subjectId, String subjectName, List<Scorecard> years) {

    /** The latest year's card, if any year had something to count. */
    public @Nullable Scorecard latest() {
        return years.isEmpty() ? null : years.get(years.size() - 1);
    }
}
