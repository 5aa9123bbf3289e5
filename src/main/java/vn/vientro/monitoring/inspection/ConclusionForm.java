package vn.vientro.monitoring.inspection;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/**
 * The conclusion of an inspection, on the page and over the API; the service requires its text.
 *
 * @param version the inspection's version seen
 */
public record ConclusionForm(@Nullable Long version,
                             @Size(max = TextLength.TEXT, message = "{validation.tooLong}")
                             @Nullable String conclusion) {

    static ConclusionForm blank(long version) {
        return new ConclusionForm(version, null);
    }

    long versionOrNone() {
        return version == null ? -1 : version;
    }
}
