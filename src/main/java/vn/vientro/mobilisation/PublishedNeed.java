package vn.vientro.mobilisation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A need as the province publishes it to NGOs (issue 15 point 2): only what its approved catalogue lists and the
 * brochure prints, with the catalogue period it is listed for and its photos (the PNG and JPEG attachments, as the
 * brochure shows them), never its timeline, comments, decisions or who proposed it.
 */
@SuppressWarnings("checkstyle:ParameterNumber")
public record PublishedNeed(long id, String titleVi, @Nullable String titleEn, String summaryVi,
                            @Nullable String summaryEn, String objectivesVi, @Nullable String objectivesEn,
                            String priorityField, List<String> sectors, List<String> communes, Reach reach,
                            BigDecimal estimatedCost, @Nullable BigDecimal foreignAmount,
                            @Nullable String foreignCurrency, BigDecimal counterpart, int durationMonths,
                            String contactName, @Nullable String contactPhone, @Nullable String contactEmail,
                            PublishedPeriod period, List<Long> photoIds) {

    public String title(Locale locale) {
        return english(locale) && titleEn != null ? titleEn : titleVi;
    }

    public String summary(Locale locale) {
        return english(locale) && summaryEn != null ? summaryEn : summaryVi;
    }

    public String objectives(Locale locale) {
        return english(locale) && objectivesEn != null ? objectivesEn : objectivesVi;
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    /** Whom the need serves, any figure unknown. */
    public record Reach(@Nullable Integer total, @Nullable Integer poorHouseholds, @Nullable Integer children,
                        @Nullable Integer peopleWithDisabilities, @Nullable Integer ethnicMinorities,
                        @Nullable Integer women) {
    }
}
