package vn.vientro.registry.contact;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/** What the focal point states about a contact; the last contact date comes from the interaction log instead. */
public record ContactDetails(ContactKind kind, String fullName, @Nullable String title, @Nullable Long organisationId,
                             @Nullable String email, @Nullable String phone, List<String> languages,
                             @Nullable String interests, @Nullable String countryCode, @Nullable String notes) {

    public ContactDetails {
        TextLength.require("fullName", fullName, TextLength.NAME);
        TextLength.require("title", title, TextLength.NAME);
        TextLength.require("email", email, TextLength.EMAIL);
        TextLength.require("phone", phone, TextLength.CODE);
        TextLength.require("interests", interests, TextLength.TEXT);
        TextLength.require("countryCode", countryCode, TextLength.CODE);
        TextLength.require("notes", notes, TextLength.TEXT);
    }

    /** A copy with blank texts as absent, the country upper-case and language codes lower-case without repeats. */
    public ContactDetails normalized() {
        String country = clean(countryCode);
        return new ContactDetails(kind, fullName.trim().replaceAll("\\s+", " "), clean(title), organisationId,
                clean(email), clean(phone),
                languages.stream().map(code -> code.trim().toLowerCase(Locale.ROOT)).filter(code -> !code.isEmpty())
                        .distinct().toList(),
                clean(interests), country == null ? null : country.toUpperCase(Locale.ROOT), clean(notes));
    }

    private static @Nullable String clean(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
