package vn.vientro.aid.results;

import org.jspecify.annotations.Nullable;
import vn.vientro.shared.InvalidInputException;

/** The framework's typed texts as they are kept: stripped, a blank one is none, and a title is required. */
final class FrameworkText {

    private FrameworkText() {
    }

    static String title(@Nullable String titleVi) {
        String title = optional(titleVi);
        if (title == null) {
            throw new InvalidInputException("titleVi", "aid.results.title.required");
        }
        return title;
    }

    static @Nullable String optional(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
