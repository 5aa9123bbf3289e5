package vn.vientro.registry.contact;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A contact as pages and the API show it.
 *
 * @param organisationName   the organisation's Vietnamese name (else English, else original), if linked
 * @param organisationNameEn the organisation's English name (else original), if linked
 * @param lastContactOn      the date of the latest recorded interaction
 */
public record ContactView(long id, long version, ContactKind kind, String fullName, @Nullable String title,
                          @Nullable Long organisationId, @Nullable String organisationName,
                          @Nullable String organisationNameEn, @Nullable String email, @Nullable String phone,
                          List<String> languages, @Nullable String interests, @Nullable String countryCode,
                          @Nullable LocalDate lastContactOn, @Nullable String notes) {

    public @Nullable String organisationName(Locale locale) {
        return "en".equals(locale.getLanguage()) ? organisationNameEn : organisationName;
    }

    /** The languages spoken, named in the reader's language ("tiếng Hàn", "Korean"). */
    public String languageNames(Locale locale) {
        return String.join(", ", languages.stream().map(code -> languageName(code, locale)).toList());
    }

    static String languageName(String code, Locale locale) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return name.isBlank() || name.equals(code) ? code : name;
    }

    public ContactDetails details() {
        return new ContactDetails(kind, fullName, title, organisationId, email, phone, languages, interests,
                countryCode, notes);
    }
}
