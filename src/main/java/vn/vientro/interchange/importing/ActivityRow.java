package vn.vientro.interchange.importing;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One activity of an imported file as the report lists it: where it was, whether the schema took it (and if not, what
 * it said), the aid item it matches, and what applying did with it.
 */
public record ActivityRow(long id, int position, long line, @Nullable String identifier, @Nullable String title,
                          boolean valid, List<SchemaError> errors, @Nullable Long matchItem,
                          @Nullable String matchKind, @Nullable BigDecimal matchScore, @Nullable String outcome,
                          @Nullable Long appliedItem, @Nullable String refusalKey, List<String> refusalArguments) {

    public Object[] refusalMessageArguments() {
        return refusalArguments.toArray();
    }
}
