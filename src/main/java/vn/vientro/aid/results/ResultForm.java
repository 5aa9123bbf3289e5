package vn.vientro.aid.results;

import org.jspecify.annotations.Nullable;

/** The result form as typed. */
public class ResultForm {

    private @Nullable Long version;
    private @Nullable ResultLevel level = ResultLevel.OUTPUT;
    private String titleVi = "";
    private String titleEn = "";
    private String description = "";

    static ResultForm of(Result result) {
        ResultForm form = new ResultForm();
        form.version = result.version();
        form.level = result.level();
        form.titleVi = result.titleVi();
        form.titleEn = result.titleEn() == null ? "" : result.titleEn();
        form.description = result.description() == null ? "" : result.description();
        return form;
    }

    ResultInput toInput() {
        return new ResultInput(level, titleVi, titleEn, description);
    }

    public @Nullable Long getVersion() { return version; }
    public void setVersion(@Nullable Long version) { this.version = version; }
    public @Nullable ResultLevel getLevel() { return level; }
    public void setLevel(@Nullable ResultLevel level) { this.level = level; }
    public String getTitleVi() { return titleVi; }
    public void setTitleVi(@Nullable String titleVi) { this.titleVi = titleVi == null ? "" : titleVi; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(@Nullable String titleEn) { this.titleEn = titleEn == null ? "" : titleEn; }
    public String getDescription() { return description; }
    public void setDescription(@Nullable String text) { this.description = text == null ? "" : text; }
}
