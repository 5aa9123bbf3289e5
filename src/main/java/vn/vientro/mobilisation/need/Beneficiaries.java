package vn.vientro.mobilisation.need;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Column;

/** Whom a need serves: the total, and the groups the province reports on (seed 000 §IV.3), any of them unknown. */
public record Beneficiaries(@Column("beneficiaries_total") @Nullable Integer total, @Nullable Integer poorHouseholds,
                            @Nullable Integer children, @Nullable Integer peopleWithDisabilities,
                            @Nullable Integer ethnicMinorities, @Nullable Integer women) {
}
