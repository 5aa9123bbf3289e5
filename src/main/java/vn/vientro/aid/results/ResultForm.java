package vn.vientro.aid.results;

import org.jspecify.annotations.Nullable;

/** The result form as typed. */
public record ResultForm(@Nullable Long version, @Nullable ResultLevel level, String titleVi, String titleEn,
                         String description) {

    public ResultForm {
        titleVi = titleVi == null ? "" : titleVi;
        titleEn = titleEn == null ? "" : titleEn;
        description = description == null ? "" : description;
    }

    static ResultForm blank() {
        return new ResultForm(null, ResultLevel.OUTPUT, "", "", "");
    }

    static ResultForm of(Result result) {
        return new ResultForm(result.version(), result.level(), result.titleVi(), result.titleEn(),
                result.description());
    }

    ResultForm withVersion(long stored) {
        return new ResultForm(stored, level, titleVi, titleEn, description);
    }

    ResultInput toInput() {
        return new ResultInput(level, titleVi, titleEn, description);
    }
}
