package vn.vientro.aid.results;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/** The result form as typed. */
public record ResultForm(@Nullable Long version,
                         @Nullable ResultLevel level,
                         @Size(max = TextLength.NAME, message = "{validation.tooLong}") String titleVi,
                         @Size(max = TextLength.NAME, message = "{validation.tooLong}") String titleEn,
                         @Size(max = TextLength.TEXT, message = "{validation.tooLong}") String description) {

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
