package vn.vientro.reference;

import java.util.Arrays;
import java.util.Optional;

/** The two sets of administrative units: today's two tiers, and the three tiers in force until 30 June 2025. */
public enum UnitSet {
    CURRENT("current"),
    PRE2025("pre2025");

    private final String key;

    UnitSet(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<UnitSet> fromKey(String key) {
        return Arrays.stream(values()).filter(set -> set.key.equalsIgnoreCase(key)).findFirst();
    }
}
