package vn.vientro.registry.permit;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.vientro.registry.PermitKind;
import vn.vientro.shared.TextLength;

/** The form recording a paper an organisation was issued, as typed; scope communes are codes, comma-separated. */
public record PermitForm(
        @NotNull(message = "{registry.permit.kind.required}") @Nullable PermitKind kind,
        @Size(max = TextLength.CODE, message = "{validation.tooLong}") @Nullable String number,
        @Size(max = TextLength.NAME, message = "{validation.tooLong}") @Nullable String issuingBody,
        @NotNull(message = "{registry.permit.issuedOn.required}")
        @Nullable LocalDate issuedOn,
        @NotNull(message = "{registry.permit.validFrom.required}")
        @Nullable LocalDate validFrom,
        @NotNull(message = "{registry.permit.validUntil.required}")
        @Nullable LocalDate validUntil,
        @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String scopeAreas,
        @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String scopeFields,
        @Size(max = TextLength.TEXT, message = "{validation.tooLong}") @Nullable String scopeCommunes) {

    /** A blank form, the body that usually issues the paper filled in. */
    static PermitForm issuedBy(String issuingBody) {
        return new PermitForm(null, "", issuingBody, null, null, null, "", "", "");
    }

    /** The paper as typed; an issuing body left blank is the one that usually issues it. */
    PermitDetails toDetails(String usualIssuingBody) {
        return new PermitDetails(Objects.requireNonNull(kind), Objects.requireNonNullElse(number, ""),
                blankToNull(issuingBody) == null ? usualIssuingBody : issuingBody, Objects.requireNonNull(issuedOn),
                Objects.requireNonNull(validFrom), Objects.requireNonNull(validUntil), blankToNull(scopeAreas),
                codes(Objects.requireNonNullElse(scopeCommunes, "")), blankToNull(scopeFields));
    }

    static List<String> codes(String value) {
        return Arrays.stream(value.split("[,;\\s]+")).map(String::trim).filter(c -> !c.isEmpty()).toList();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
