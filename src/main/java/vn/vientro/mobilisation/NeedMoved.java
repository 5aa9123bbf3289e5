package vn.vientro.mobilisation;

import org.jspecify.annotations.Nullable;

/** A need moved in its workflow; a funded need names the aid item that funds it. */
public record NeedMoved(long needId, long agencyId, NeedAction action, NeedStatus from, NeedStatus to, String actor,
                        @Nullable Long aidItemId) {
}
