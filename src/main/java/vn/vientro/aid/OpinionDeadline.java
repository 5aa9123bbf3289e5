package vn.vientro.aid;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An opinion an agency has to give by a day, on an aid item under appraisal. */
public record OpinionDeadline(long opinionId, long itemId, String itemCode, String itemNameVi,
                              @Nullable String itemNameEn, LocalDate dueOn) {

    /** Where its answer is written: the item's appraisal tab. */
    public String link() {
        return "/app/aid/items/" + itemId + "?tab=appraisal";
    }
}
