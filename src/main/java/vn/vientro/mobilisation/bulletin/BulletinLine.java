package vn.vientro.mobilisation.bulletin;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An activity or a reward on the focal point's bulletin page, with its entry's state.
 *
 * @param kind    the activity's type or {@code REWARD}
 * @param entryId its bulletin entry, if one was written
 */
public record BulletinLine(BulletinSource source, long sourceId, String kind, String title, @Nullable LocalDate on,
                           @Nullable Long entryId, boolean published) {

    public String editPath() {
        return "/app/mobilisation/bulletin/" + source.slug() + "/" + sourceId;
    }
}
