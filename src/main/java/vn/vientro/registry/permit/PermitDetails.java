package vn.vientro.registry.permit;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.vientro.registry.PermitKind;
import vn.vientro.shared.TextLength;

/** A paper as issued: number, issuing body, dates and scope (areas, communes, fields). */
public record PermitDetails(PermitKind kind, String number, String issuingBody, LocalDate issuedOn,
                            LocalDate validFrom, LocalDate validUntil, @Nullable String scopeAreas,
                            List<String> scopeCommunes, @Nullable String scopeFields) {

    public PermitDetails {
        TextLength.require("number", number, TextLength.CODE);
        TextLength.require("issuingBody", issuingBody, TextLength.NAME);
        TextLength.require("scopeAreas", scopeAreas, TextLength.TEXT);
        TextLength.require("scopeFields", scopeFields, TextLength.TEXT);
    }
}
