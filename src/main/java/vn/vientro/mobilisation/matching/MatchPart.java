package vn.vientro.mobilisation.matching;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One part of a score before it is put in words: the reason, its points, and what the words name (a count, codes of
 * fields, DAC categories or communes, a date).
 */
record MatchPart(MatchReason reason, int points, int count, List<String> codes, @Nullable LocalDate until) {

    static MatchPart of(MatchReason reason, int points, List<String> codes) {
        return new MatchPart(reason, points, 0, codes, null);
    }

    static MatchPart counted(MatchReason reason, int points, int count, List<String> codes) {
        return new MatchPart(reason, points, count, codes, null);
    }

    static MatchPart note(MatchReason reason, @Nullable LocalDate until) {
        return new MatchPart(reason, 0, 0, List.of(), until);
    }
}
