package vn.vientro.mobilisation.reward;

import org.jspecify.annotations.Nullable;

/** The rewards list's filter: the decision's year and the form of reward, each optional. */
public record RewardFilter(@Nullable Integer year, @Nullable RewardKind kind) {
}
