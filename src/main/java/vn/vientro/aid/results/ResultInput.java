package vn.vientro.aid.results;

import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/** A result as a page or the API send it; {@link ResultChecks} names the first field that is wrong. */
public record ResultInput(@Nullable ResultLevel level, @Nullable String titleVi, @Nullable String titleEn,
                          @Nullable String description) {

    public ResultInput {
        TextLength.require("titleVi", titleVi, TextLength.NAME);
        TextLength.require("titleEn", titleEn, TextLength.NAME);
        TextLength.require("description", description, TextLength.TEXT);
    }
}
