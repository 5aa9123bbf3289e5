package vn.vientro.registry.contact;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.vientro.registry.RegistryPolicy;
import vn.vientro.shared.TextLength;

@RestController
@RequestMapping("/api/v1/contacts")
@Tag(name = "registry", description = "Foreign NGOs and other organisations, registration papers, contacts")
class ContactApiController {

    private final Contacts contacts;

    ContactApiController(Contacts contacts) {
        this.contacts = contacts;
    }

    /** A contact as sent by an API client; {@code version} is required to update. Same limits as the form. */
    record ContactRequest(@Nullable Long version,
                          @NotNull(message = "{registry.contact.kind.required}") ContactKind kind,
                          @NotBlank(message = "{registry.contact.fullName.required}")
                          @Size(max = TextLength.NAME, message = "{validation.tooLong}") String fullName,
                          @Nullable @Size(max = TextLength.NAME, message = "{validation.tooLong}") String title,
                          @Nullable Long organisationId,
                          @Nullable @Size(max = TextLength.EMAIL, message = "{validation.tooLong}") String email,
                          @Nullable @Size(max = TextLength.CODE, message = "{validation.tooLong}") String phone,
                          @Nullable List<String> languages,
                          @Nullable @Size(max = TextLength.TEXT, message = "{validation.tooLong}") String interests,
                          @Size(max = TextLength.CODE, message = "{validation.tooLong}") @Nullable String countryCode,
                          @Nullable @Size(max = TextLength.TEXT, message = "{validation.tooLong}") String notes) {

        ContactDetails details() {
            return new ContactDetails(kind, fullName, title, organisationId, email, phone,
                    languages == null ? List.of() : languages, interests, countryCode, notes);
        }
    }

    /** An interaction as sent by an API client. */
    record InteractionRequest(@Nullable InteractionKind kind, @Nullable LocalDate occurredOn,
                              @Nullable @Size(max = TextLength.TEXT, message = "{validation.tooLong}") String notes) {
    }

    @GetMapping
    @PreAuthorize(RegistryPolicy.READ_CONTACTS)
    @Operation(summary = "Contacts, filtered; paged (page from 0). FOCAL_POINT, SECURITY, ADMIN, LEADER only")
    ContactPage list(@RequestParam(required = false) @Nullable ContactKind kind,
                     @RequestParam(required = false) @Nullable Long organisation,
                     @RequestParam(required = false) @Nullable String q,
                     @RequestParam(required = false) @Nullable String language,
                     @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return contacts.list(new ContactFilter(kind, organisation, q, language, page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One contact")
    ContactView get(@PathVariable long id) {
        return contacts.get(id);
    }

    @PostMapping
    @PreAuthorize(RegistryPolicy.WRITE)
    @Operation(summary = "Add a contact (FOCAL_POINT, ADMIN)")
    ResponseEntity<ContactView> add(@Valid @RequestBody ContactRequest request) {
        long id = contacts.add(request.details());
        return ResponseEntity.created(URI.create("/api/v1/contacts/" + id)).body(contacts.get(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize(RegistryPolicy.WRITE)
    @Operation(summary = "Update a contact (FOCAL_POINT, ADMIN); 409 if the version is not current")
    ContactView update(@PathVariable long id, @Valid @RequestBody ContactRequest request) {
        contacts.update(id, request.version() == null ? -1 : request.version(), request.details());
        return contacts.get(id);
    }

    @GetMapping("/{id}/interactions")
    @Operation(summary = "The contact's interaction log, newest first")
    List<InteractionView> interactions(@PathVariable long id) {
        return contacts.interactions(id);
    }

    @PostMapping("/{id}/interactions")
    @PreAuthorize(RegistryPolicy.WRITE)
    @Operation(summary = "Record a meeting, call, e-mail or visit (FOCAL_POINT, ADMIN); moves the last contact date")
    ResponseEntity<InteractionView> recordInteraction(@PathVariable long id,
                                                      @Valid @RequestBody InteractionRequest request) {
        long interaction = contacts.recordInteraction(id,
                new NewInteraction(request.kind(), request.occurredOn(), request.notes()));
        return ResponseEntity.created(URI.create("/api/v1/contacts/" + id + "/interactions"))
                .body(contacts.interaction(interaction));
    }
}
