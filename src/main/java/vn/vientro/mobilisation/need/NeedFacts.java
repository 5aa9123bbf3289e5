package vn.vientro.mobilisation.need;

import vn.vientro.mobilisation.NeedStatus;

/** What the permission rules need to know of a need: whose it is and where it stands. */
public record NeedFacts(long id, long version, long agencyId, NeedStatus status) {
}
