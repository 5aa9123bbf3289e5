package vn.vientro.monitoring.inspection;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/**
 * The follow-up of a recommendation: done or still open, with a note on what was done or where it stands.
 *
 * @param version the recommendation's version seen
 */
public record FollowUpInput(@Nullable Long version, @Nullable Boolean done,
                            @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String note)
        implements java.io.Serializable {

    long versionOrNone() {
        return version == null ? -1 : version;
    }
}
