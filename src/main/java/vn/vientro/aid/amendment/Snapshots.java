package vn.vientro.aid.amendment;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.vientro.aid.item.AidItemQueries;
import vn.vientro.aid.item.AidItemRecord;
import vn.vientro.aid.item.Beneficiaries;
import vn.vientro.aid.item.ItemContact;
import vn.vientro.aid.item.LocationShare;
import vn.vientro.aid.item.Party;
import vn.vientro.aid.item.PublicGroup;
import vn.vientro.aid.item.SectorShare;
import vn.vientro.shared.NotFoundException;

/** Reads an item's current description, and writes and reads descriptions as JSON for the database. */
@Component
class Snapshots {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final AidItemQueries queries;

    Snapshots(JdbcClient jdbc, AidItemQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    Description current(long itemId) {
        AidItemRecord i = queries.record(itemId).orElseThrow(() -> new NotFoundException("aid item", itemId));
        return new Description(i.kind(), i.deliveryForm(), i.nameVi(), i.nameEn(), i.nameOriginal(),
                i.iatiIdentifier(), i.objectivesVi(), i.objectivesEn(), i.descriptionVi(), i.descriptionEn(),
                i.priorityField(), i.donorId(), i.implementerId(), i.ownerAgencyId(), i.governingAgencyId(),
                i.plannedStart(), i.plannedEnd(), i.disasterOn(), i.totalAmount(), i.totalCurrency(),
                i.counterpartAmount(), i.counterpartCurrency(), i.counterpartSource(), i.counterpartForm(),
                new Beneficiaries(i.targetGroups(), i.beneficiariesTotal(), i.beneficiariesWomen(),
                        i.beneficiariesDisabled(), i.beneficiariesEthnic(), i.beneficiariesChildren()),
                children("select sector_code, percent from aid.aid_item_sector", itemId, SectorShare.class),
                children("select commune_code, province_code, entered_code, percent from aid.aid_item_location",
                        itemId, LocationShare.class),
                children("select role, organisation_id, agency_id, name from aid.aid_item_party", itemId, Party.class),
                children("select full_name, position, phone, email from aid.aid_item_contact", itemId,
                        ItemContact.class),
                i.publicGroups().stream().map(PublicGroup::valueOf).toList());
    }

    private <T> List<T> children(String select, long itemId, Class<T> type) {
        return jdbc.sql(select + " where aid_item = :id order by aid_item_key").param("id", itemId).query(type).list();
    }

    static String write(Description description) {
        return JSON.writeValueAsString(description);
    }

    static Description read(String json) {
        return JSON.readValue(json, Description.class);
    }

    static @Nullable Instant instant(java.sql.@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
