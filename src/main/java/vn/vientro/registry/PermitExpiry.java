package vn.vientro.registry;

import java.time.LocalDate;

/** A registration paper's last valid day, with the organisation it was issued to. */
public record PermitExpiry(long permitId, PermitKind kind, String number, String organisationName,
                           LocalDate validUntil) {

    public String link() {
        return "/app/registry/permits/" + permitId;
    }
}
