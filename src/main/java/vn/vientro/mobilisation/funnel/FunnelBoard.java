package vn.vientro.mobilisation.funnel;

import java.util.List;

/** The board: the stages with their counts and conversion, and every interest to place in its column. */
public record FunnelBoard(List<FunnelStage> stages, List<InterestRow> interests) {

    public List<InterestRow> at(InterestStage stage) {
        return interests.stream().filter(interest -> interest.stage() == stage).toList();
    }
}
