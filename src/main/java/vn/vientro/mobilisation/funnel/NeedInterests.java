package vn.vientro.mobilisation.funnel;

import java.util.List;
import java.util.Map;

/** A need's interests and each one's steps, by interest. */
public record NeedInterests(long needId, List<InterestRow> interests, Map<Long, List<InterestStepRow>> steps) {

    public List<InterestStepRow> stepsOf(long interestId) {
        return steps.getOrDefault(interestId, List.of());
    }
}
