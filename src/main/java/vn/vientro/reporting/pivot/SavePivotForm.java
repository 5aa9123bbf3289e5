package vn.vientro.reporting.pivot;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.Role;
import vn.vientro.shared.TextLength;

/**
 * Saving the pivot on the page: a name, the role to share it with (none keeps it to its owner), the query it keeps;
 * with a pivot's number and version, saving it anew.
 */
public record SavePivotForm(@NotBlank(message = "{validation.required}")
                     @Size(max = TextLength.NAME, message = "{validation.tooLong}") String name,
                     @Nullable Role sharedRole,
                     @Size(max = 2000, message = "{validation.tooLong}") String query,
                     @Nullable Long pivotId, @Nullable Long version) {

    static SavePivotForm blank(String query) {
        return new SavePivotForm("", null, query, null, null);
    }
}
