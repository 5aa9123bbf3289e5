package vn.vientro.registry.contact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The contact form as typed; languages are typed as comma-separated codes ("vi, en, ko"). */
public class ContactForm {

    private @Nullable Long version;
    @NotNull(message = "{registry.contact.kind.required}")
    private @Nullable ContactKind kind;
    @NotBlank(message = "{registry.contact.fullName.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    private String fullName = "";
    @Size(max = 300, message = "{validation.tooLong}")
    private String title = "";
    private @Nullable Long organisationId;
    @Size(max = 200, message = "{validation.tooLong}")
    private String email = "";
    @Size(max = 60, message = "{validation.tooLong}")
    private String phone = "";
    @Size(max = 200, message = "{validation.tooLong}")
    private String languages = "";
    @Size(max = 2000, message = "{validation.tooLong}")
    private String interests = "";
    private String countryCode = "";
    @Size(max = 4000, message = "{validation.tooLong}")
    private String notes = "";

    static ContactForm of(ContactView view) {
        ContactForm form = new ContactForm();
        form.version = view.version();
        form.kind = view.kind();
        form.fullName = view.fullName();
        form.title = text(view.title());
        form.organisationId = view.organisationId();
        form.email = text(view.email());
        form.phone = text(view.phone());
        form.languages = String.join(", ", view.languages());
        form.interests = text(view.interests());
        form.countryCode = text(view.countryCode());
        form.notes = text(view.notes());
        return form;
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

    public @Nullable Long getVersion() { return version; }
    public void setVersion(@Nullable Long version) { this.version = version; }
    public @Nullable ContactKind getKind() { return kind; }
    public void setKind(@Nullable ContactKind kind) { this.kind = kind; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public @Nullable Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(@Nullable Long organisationId) { this.organisationId = organisationId; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getLanguages() { return languages; }
    public void setLanguages(String languages) { this.languages = languages; }
    public String getInterests() { return interests; }
    public void setInterests(String interests) { this.interests = interests; }
    public String getCountryCode() { return countryCode; }
    public void setCountryCode(String countryCode) { this.countryCode = countryCode; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
}
