package vn.vientro.aid.item;

import org.jspecify.annotations.Nullable;
import vn.vientro.shared.Money;

/** Vốn đối ứng: what the Vietnamese side adds, from which source, in cash or in kind. */
public record CounterpartFunds(@Nullable Money amount, @Nullable String source, @Nullable Form form) {

    public enum Form {
        CASH, IN_KIND
    }

    public static CounterpartFunds none() {
        return new CounterpartFunds(null, null, null);
    }
}
