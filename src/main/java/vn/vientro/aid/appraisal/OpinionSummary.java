package vn.vientro.aid.appraisal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The opinions an appraisal report sums up, counted by what they said, in the order the report lists them; one sent
 * under seal is only counted, never read.
 *
 * @param asked every live request, sealed ones included
 * @param parts the outcomes that occurred, with their counts
 */
record OpinionSummary(int asked, List<Part> parts) {

    enum Outcome {
        AGREE, AGREE_WITH_CONDITIONS, DISAGREE, CONSENT_BY_SILENCE, AWAITED, SEALED
    }

    record Part(Outcome outcome, long count) {
    }

    /** @param opinions the live requests the reader may see, {@code sealed} the number of the others */
    static OpinionSummary of(List<OpinionRequestView> opinions, int sealed) {
        Map<Outcome, Long> counts = opinions.stream()
                .collect(Collectors.groupingBy(OpinionSummary::outcome, Collectors.counting()));
        List<Part> parts = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            long count = outcome == Outcome.SEALED ? sealed : counts.getOrDefault(outcome, 0L);
            if (count > 0) {
                parts.add(new Part(outcome, count));
            }
        }
        return new OpinionSummary(opinions.size() + sealed, parts);
    }

    private static Outcome outcome(OpinionRequestView opinion) {
        if (opinion.answer() != null) {
            return Outcome.valueOf(opinion.answer().name());
        }
        return opinion.consentBySilence() ? Outcome.CONSENT_BY_SILENCE : Outcome.AWAITED;
    }
}
