package vn.vientro.mobilisation.matching;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.vientro.mobilisation.NeedStatus;

/** What a need is matched on: its priority field, DAC sectors and communes. */
record NeedCriteria(long id, String titleVi, @Nullable String titleEn, NeedStatus status, String priorityField,
                    List<String> sectors, List<String> communes) {

    /** The DAC categories (first three digits) of its sectors: aid in any sector of one is "similar". */
    List<String> categories() {
        return sectors.stream().map(NeedCriteria::category).distinct().toList();
    }

    String title(Locale locale) {
        return "en".equals(locale.getLanguage()) && titleEn != null ? titleEn : titleVi;
    }

    static String category(String dacCode) {
        return dacCode.length() > 3 ? dacCode.substring(0, 3) : dacCode;
    }
}
