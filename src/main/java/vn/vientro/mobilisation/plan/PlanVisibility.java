package vn.vientro.mobilisation.plan;

import org.jspecify.annotations.Nullable;

/**
 * Which activities a person sees: every one (the focal point, the appraisal lead, leaders), or those an agency leads
 * or takes part in (its officers).
 */
public record PlanVisibility(boolean all, @Nullable Long agencyId) {
}
