package vn.vientro.aid.item;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** Another party to the item: a co-donor or local partner (registry organisation or agency), or the PMU. */
@Table(schema = "aid", name = "aid_item_party")
public record Party(PartyRole role, @Nullable Long organisationId, @Nullable Long agencyId, String name) {

    /** Roles beside the donor, implementer, aid owner and governing agency, which the item names directly. */
    public enum PartyRole {
        CO_DONOR, LOCAL_PARTNER, PROJECT_MANAGEMENT_UNIT
    }
}
