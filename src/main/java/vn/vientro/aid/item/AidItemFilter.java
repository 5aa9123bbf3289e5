package vn.vientro.aid.item;

import org.jspecify.annotations.Nullable;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.AidStatus;

/**
 * What the aid list is narrowed to.
 *
 * @param waitingForMe items on which the signed-in user's role or agency has the next step
 * @param overdue      items past a statutory date: the current stage, or an opinion not given in time
 * @param sort         {@code code} (newest first, the default), {@code name} (Vietnamese order) or {@code value}
 */
public record AidItemFilter(@Nullable AidStatus status, @Nullable AidKind kind, @Nullable Long donorId,
                            @Nullable String priorityField, @Nullable String communeCode, @Nullable Integer year,
                            boolean waitingForMe, boolean overdue, @Nullable String text, @Nullable String sort,
                            int page, int size) {

    public static AidItemFilter all(int size) {
        return new AidItemFilter(null, null, null, null, null, null, false, false, null, null, 0, size);
    }

    public AidItemFilter {
        page = Math.max(page, 0);
        size = Math.min(Math.max(size, 1), 500);
        text = text == null || text.isBlank() ? null : text.trim();
        priorityField = priorityField == null || priorityField.isBlank() ? null : priorityField;
        communeCode = communeCode == null || communeCode.isBlank() ? null : communeCode.trim();
    }

    /** The same narrowing, one page further on (the export walks the pages). */
    public AidItemFilter atPage(int page, int size) {
        return new AidItemFilter(status, kind, donorId, priorityField, communeCode, year, waitingForMe, overdue, text,
                sort, page, size);
    }
}
