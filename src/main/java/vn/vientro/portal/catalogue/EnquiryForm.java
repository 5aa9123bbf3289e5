package vn.vientro.portal.catalogue;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.vientro.mobilisation.Enquiry;
import vn.vientro.shared.TextLength;

/**
 * The "we are interested" form: who the organisation is and how to reach it, and its message; {@code website} is
 * the field people never see, {@code stamp} when the form was served.
 */
record EnquiryForm(
        @NotBlank(message = "{validation.required}") @Size(max = TextLength.NAME, message = "{validation.tooLong}")
        @Nullable String organisationName,
        @Size(max = TextLength.CODE, message = "{validation.tooLong}") @Nullable String country,
        @NotBlank(message = "{validation.required}") @Size(max = TextLength.NAME, message = "{validation.tooLong}")
        @Nullable String contactName,
        @NotBlank(message = "{validation.required}") @Email(message = "{validation.email}")
        @Size(max = TextLength.EMAIL, message = "{validation.tooLong}") @Nullable String email,
        @Size(max = TextLength.CODE, message = "{validation.tooLong}") @Nullable String phone,
        @NotBlank(message = "{validation.required}") @Size(max = TextLength.TEXT, message = "{validation.tooLong}")
        @Nullable String message,
        @Nullable String website,
        @Nullable String stamp) {

    static EnquiryForm blank(String stamp) {
        return new EnquiryForm(null, null, null, null, null, null, null, stamp);
    }

    /** The same input with a fresh stamp, to show again after a refusal. */
    EnquiryForm stamped(String fresh) {
        return new EnquiryForm(organisationName, country, contactName, email, phone, message, null, fresh);
    }

    Enquiry enquiry() {
        return new Enquiry(organisationName.strip(), blankless(country), contactName.strip(), email.strip(),
                blankless(phone), message.strip());
    }

    private static @Nullable String blankless(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
