package vn.vientro.registry;

import org.jspecify.annotations.Nullable;

/** A person of the contact network as other modules name them: full name, title, and organisation if any. */
public record ContactRef(long id, String fullName, @Nullable String title, @Nullable Long organisationId,
                         @Nullable String organisationName) {

    /** The person as a choice list shows them: "Nguyễn Văn A · Giám đốc quốc gia · Oxfam". */
    public String label() {
        StringBuilder label = new StringBuilder(fullName);
        if (title != null) {
            label.append(" · ").append(title);
        }
        if (organisationName != null) {
            label.append(" · ").append(organisationName);
        }
        return label.toString();
    }
}
