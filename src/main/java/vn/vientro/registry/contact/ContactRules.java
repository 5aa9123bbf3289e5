package vn.vientro.registry.contact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.vientro.reference.Codelists;
import vn.vientro.shared.InvalidInputException;

/** The rules a contact and an interaction must meet, for pages, API and demo data alike; each names its field. */
@Component
class ContactRules {

    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    // International or local numbers as people write them: +84 24 3823 1234, (028) 3822-1234, 0912.345.678
    private static final String PHONE = "\\+?[0-9][0-9 ().-]{5,28}[0-9]";
    // ISO 639-1 or 639-2 codes, as Locale.forLanguageTag names them.
    private static final String LANGUAGE = "[a-z]{2,3}";

    private final ContactQueries queries;
    private final Codelists codelists;
    private final Clock clock;

    ContactRules(ContactQueries queries, Codelists codelists, Clock clock) {
        this.queries = queries;
        this.codelists = codelists;
        this.clock = clock;
    }

    void check(ContactDetails details) {
        if (details.fullName().isBlank()) {
            throw new InvalidInputException("fullName", "registry.contact.fullName.required");
        }
        if (details.organisationId() != null && !queries.organisationExists(details.organisationId())) {
            throw new InvalidInputException("organisationId", "registry.contact.organisation.unknown",
                    String.valueOf(details.organisationId()));
        }
        if (details.email() != null && !details.email().matches(EMAIL)) {
            throw new InvalidInputException("email", "validation.email");
        }
        if (details.phone() != null && !details.phone().matches(PHONE)) {
            throw new InvalidInputException("phone", "registry.contact.phone.invalid");
        }
        List<String> unknownLanguages = details.languages().stream().filter(code -> !code.matches(LANGUAGE)).toList();
        if (!unknownLanguages.isEmpty()) {
            throw new InvalidInputException("languages", "registry.contact.languages.invalid",
                    String.join(", ", unknownLanguages));
        }
        if (details.countryCode() != null && !codelists.exists(Codelists.COUNTRY, details.countryCode())) {
            throw new InvalidInputException("countryCode", "registry.contact.country.unknown", details.countryCode());
        }
    }

    void check(NewInteraction interaction) {
        if (interaction.kind() == null) {
            throw new InvalidInputException("kind", "registry.contact.interaction.kind.required");
        }
        if (interaction.occurredOn() == null) {
            throw new InvalidInputException("occurredOn", "registry.contact.interaction.occurredOn.required");
        }
        // The log records what happened; planned meetings belong to the mobilisation plan.
        if (interaction.occurredOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException("occurredOn", "registry.contact.interaction.occurredOn.future");
        }
        if (interaction.notes() == null || interaction.notes().isBlank()) {
            throw new InvalidInputException("notes", "registry.contact.interaction.notes.required");
        }
    }
}
