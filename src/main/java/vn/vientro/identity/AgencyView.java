package vn.vientro.identity;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An agency as other modules and pages see it, with the body that carries on its duties today, if any.
 *
 * @param headTitleVi the title of its head as stated, if any: {@link AgencyHeads} gives one in every case
 */
public record AgencyView(long id, long version, String code, String nameVi, @Nullable String nameEn,
                         @Nullable String shortName, AgencyKind kind, boolean focalPoint, boolean appraisalLead,
                         boolean active, @Nullable String email, @Nullable String phone, @Nullable String address,
                         @Nullable String headTitleVi, @Nullable String headTitleEn,
                         @Nullable Long successorId, @Nullable String successorNameVi,
                         @Nullable LocalDate succeededOn) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameVi;
    }
}
