package vn.vientro.registry.contact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.vientro.shared.TextLength;

/** The contact form as typed; languages are typed as comma-separated codes ("vi, en, ko"). */
public record ContactForm(
        @Nullable Long version,
        @NotNull(message = "{registry.contact.kind.required}") @Nullable ContactKind kind,
        @NotBlank(message = "{registry.contact.fullName.required}")
        @Size(max = TextLength.NAME, message = "{validation.tooLong}") String fullName,
        @Size(max = TextLength.NAME, message = "{validation.tooLong}") String title,
        @Nullable Long organisationId,
        @Size(max = TextLength.EMAIL, message = "{validation.tooLong}") String email,
        @Size(max = TextLength.CODE, message = "{validation.tooLong}") String phone,
        @Size(max = TextLength.NAME, message = "{validation.tooLong}") String languages,
        @Size(max = TextLength.TEXT, message = "{validation.tooLong}") String interests,
        @Size(max = TextLength.CODE, message = "{validation.tooLong}") String countryCode,
        @Size(max = TextLength.TEXT, message = "{validation.tooLong}") String notes) {

    public ContactForm {
        fullName = text(fullName);
        title = text(title);
        email = text(email);
        phone = text(phone);
        languages = text(languages);
        interests = text(interests);
        countryCode = text(countryCode);
        notes = text(notes);
    }

    /** A new contact, of the organisation whose page it is added from, if any. */
    static ContactForm blank(@Nullable Long organisationId) {
        return new ContactForm(null, null, "", "", organisationId, "", "", "", "", "", "");
    }

    static ContactForm of(ContactView view) {
        return new ContactForm(view.version(), view.kind(), view.fullName(), view.title(), view.organisationId(),
                view.email(), view.phone(), String.join(", ", view.languages()), view.interests(),
                view.countryCode(), view.notes());
    }

    ContactForm withVersion(long stored) {
        return new ContactForm(stored, kind, fullName, title, organisationId, email, phone, languages, interests,
                countryCode, notes);
    }

    ContactDetails toDetails() {
        return new ContactDetails(Objects.requireNonNull(kind), fullName, title, organisationId, email, phone,
                split(languages), interests, countryCode, notes);
    }

    static List<String> split(String codes) {
        return Arrays.stream(codes.split("[,;\\s]+")).map(String::trim).filter(code -> !code.isEmpty()).toList();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
