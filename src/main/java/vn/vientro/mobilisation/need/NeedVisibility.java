package vn.vientro.mobilisation.need;

import org.jspecify.annotations.Nullable;

/**
 * Which needs a person's lists include: every submitted one for the provincial roles, and every one of their own
 * agency for its officers.
 */
public record NeedVisibility(boolean allSubmitted, @Nullable Long agencyId) {
}
