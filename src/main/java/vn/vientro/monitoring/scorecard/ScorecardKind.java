package vn.vientro.monitoring.scorecard;

import org.jspecify.annotations.Nullable;
import vn.vientro.shared.InvalidInputException;

/** Whose compliance a scorecard measures: a foreign NGO (a registry organisation) or an aid owner (an agency). */
public enum ScorecardKind {
    NGO("ngo"), OWNER("owner");

    private final String path;

    ScorecardKind(String path) {
        this.path = path;
    }

    /** The kind as addresses and API parameters write it: {@code ngo} or {@code owner}. */
    public String path() {
        return path;
    }

    /** The kind an address or parameter names; anything else is refused at the field. */
    public static ScorecardKind parse(@Nullable String text, String field) {
        for (ScorecardKind kind : values()) {
            if (kind.path.equals(text)) {
                return kind;
            }
        }
        throw new InvalidInputException(field, "monitoring.scorecard.kind.unknown");
    }
}
