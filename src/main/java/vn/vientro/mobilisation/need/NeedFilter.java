package vn.vientro.mobilisation.need;

import org.jspecify.annotations.Nullable;
import vn.vientro.mobilisation.NeedStatus;

/** The list's filter: status, proposing agency, priority field (code), words of the title or summary; pages from 0. */
public record NeedFilter(@Nullable NeedStatus status, @Nullable Long agency, @Nullable String priorityField,
                         @Nullable String text, int page, int pageSize) {

    public NeedFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        priorityField = priorityField == null || priorityField.isBlank() ? null : priorityField;
        page = Math.max(page, 0);
        pageSize = Math.min(Math.max(pageSize, 1), 200);
    }
}
