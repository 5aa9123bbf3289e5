package vn.vientro.aid.item;

import org.jspecify.annotations.Nullable;

/** Who the item serves: target groups and planned counts (women, people with disabilities, ethnic minorities, children). */
public record Beneficiaries(@Nullable String targetGroups, @Nullable Integer total, @Nullable Integer women,
                            @Nullable Integer disabled, @Nullable Integer ethnicMinority, @Nullable Integer children) {

    public static Beneficiaries none() {
        return new Beneficiaries(null, null, null, null, null, null);
    }
}
