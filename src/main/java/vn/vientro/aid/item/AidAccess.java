package vn.vientro.aid.item;

import java.util.Collection;
import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidRoles;
import vn.vientro.identity.AgencyAuthority;

/**
 * Who may read and change which aid item. Provincial roles read every item; an agency officer reads the items their
 * agency owns, governs, partners or is consulted on, and drafts for the items their agency owns.
 */
@Component
public class AidAccess {

    public enum Involvement {
        OWNER, GOVERNING, PARTNER, CONSULTED
    }

    private final JdbcClient jdbc;

    AidAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean readsAll() {
        return AidRoles.currentUserHoldsAny(AidRoles.READ_ALL);
    }

    public boolean canRead(long itemId) {
        if (readsAll()) {
            return true;
        }
        OptionalLong agency = AgencyAuthority.currentAgency();
        return agency.isPresent() && jdbc.sql("""
                select exists (select 1 from aid.item_agency where aid_item = :item and agency_id = :agency)
                """).param("item", itemId).param("agency", agency.getAsLong()).query(Boolean.class).single();
    }

    public void requireRead(long itemId) {
        if (!canRead(itemId)) {
            throw new AccessDeniedException("aid item " + itemId + " is not the caller's");
        }
    }

    /** An officer of the aid owner (chủ khoản viện trợ), who drafts, reports and records money for the item. */
    public boolean isOwnerOfficer(AidItemRecord item) {
        OptionalLong agency = AgencyAuthority.currentAgency();
        return AidRoles.currentUserHoldsAny(java.util.Set.of("AGENCY_OFFICER")) && agency.isPresent()
                && agency.getAsLong() == item.ownerAgencyId();
    }

    /** The focal point and administrators act for any aid owner; officers for their own agency's items. */
    public boolean actsForOwner(AidItemRecord item) {
        return AidRoles.currentUserHoldsAny(java.util.Set.of("FOCAL_POINT", "ADMIN")) || isOwnerOfficer(item);
    }

    public void requireActsForOwner(AidItemRecord item) {
        if (!actsForOwner(item)) {
            throw new AccessDeniedException("not acting for the owner of aid item " + item.id());
        }
    }

    /** Records that an agency is involved with an item (idempotent). */
    public void involve(long itemId, long agencyId, Involvement reason) {
        jdbc.sql("insert into aid.item_agency (aid_item, agency_id, reason) values (:item, :agency, :reason) "
                        + "on conflict do nothing")
                .param("item", itemId).param("agency", agencyId).param("reason", reason.name()).update();
    }

    /**
     * Ends an agency's consultation on an item (its last request was withdrawn): it reads the item no longer, unless it
     * is involved otherwise (owner, governing agency, partner).
     */
    public void endConsultation(long itemId, long agencyId) {
        jdbc.sql("delete from aid.item_agency where aid_item = :item and agency_id = :agency and reason = 'CONSULTED'")
                .param("item", itemId).param("agency", agencyId).update();
    }

    /** Replaces the involvements that come from the item's own description (owner, governing agency, partners). */
    void describeInvolvement(long itemId, long owner, long governing, Collection<Long> partnerAgencies) {
        jdbc.sql("delete from aid.item_agency where aid_item = :item and reason <> 'CONSULTED'")
                .param("item", itemId).update();
        involve(itemId, owner, Involvement.OWNER);
        involve(itemId, governing, Involvement.GOVERNING);
        partnerAgencies.forEach(agency -> involve(itemId, agency, Involvement.PARTNER));
    }
}
