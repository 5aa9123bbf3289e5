package vn.vientro.aid.item;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.LegalBasis;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.AgencyView;
import vn.vientro.reference.AdminUnit;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.Codelists;
import vn.vientro.reference.UnitSet;
import vn.vientro.registry.OrganisationRef;
import vn.vientro.registry.OrganisationStatus;
import vn.vientro.registry.Registry;

/** Reads one aid item with everything its pages show. No access check: callers go through {@link AidPortfolio}. */
@Component
@Transactional(readOnly = true)
public class AidItemQueries {

    private final JdbcClient jdbc;
    private final Registry registry;
    private final Agencies agencies;
    private final Codelists codelists;
    private final AdminUnits adminUnits;

    AidItemQueries(JdbcClient jdbc, Registry registry, Agencies agencies, Codelists codelists, AdminUnits adminUnits) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.agencies = agencies;
        this.codelists = codelists;
        this.adminUnits = adminUnits;
    }

    public Optional<AidItemRecord> record(long id) {
        return jdbc.sql("select * from aid.aid_item where id = :id").param("id", id)
                .query(AidItemQueries::record).optional();
    }

    /** The item's current description, its lists as stored (old commune codes kept beside their successors). */
    public Optional<AidItemDetails> details(long id) {
        return record(id).map(item -> new AidItemDetails(item.fields(),
                children("select sector_code, percent from aid.aid_item_sector", id, SectorShare.class),
                children("select commune_code, province_code, entered_code, percent from aid.aid_item_location", id,
                        LocationShare.class),
                children("select role, organisation_id, agency_id, name from aid.aid_item_party", id, Party.class),
                children("select full_name, position, phone, email from aid.aid_item_contact", id, ItemContact.class),
                item.publicGroups().stream().map(PublicGroup::valueOf).collect(java.util.stream.Collectors.toSet())));
    }

    /** The current descriptions of the given items, by id: what the export writes beside each line of the list. */
    public Map<Long, ItemDescription> descriptions(Collection<Long> ids) {
        Map<Long, ItemDescription> descriptions = new HashMap<>();
        jdbc.sql("select * from aid.aid_item where id = any(:ids)").param("ids", ids.toArray(Long[]::new))
                .query(rs -> {
                    descriptions.put(rs.getLong("id"), ItemFields.fromRow(rs));
                });
        return descriptions;
    }

    private <T> List<T> children(String select, long itemId, Class<T> type) {
        return jdbc.sql(select + " where aid_item = :id order by aid_item_key").param("id", itemId).query(type).list();
    }

    public Optional<AidItemView> find(long id) {
        return record(id).map(this::view);
    }

    /** Items whose total value still lacks a VND or USD equivalent (no rate was known for its date). */
    List<Long> withoutEquivalents() {
        return jdbc.sql("""
                select id from aid.aid_item
                 where (total_vnd is null and total_currency <> 'VND')
                    or (total_usd is null and total_currency <> 'USD')
                 order by id
                """).query(Long.class).list();
    }

    /** Every item's id, for indexing all of them again. */
    List<Long> ids() {
        return jdbc.sql("select id from aid.aid_item order by id").query(Long.class).list();
    }

    /** The items an organisation gives, implements or partners: they name it. */
    List<Long> idsNaming(long organisationId) {
        return jdbc.sql("""
                select i.id from aid.aid_item i
                 where i.donor_id = :org or i.implementer_id = :org
                    or exists (select 1 from aid.aid_item_party p where p.aid_item = i.id and p.organisation_id = :org)
                 order by i.id
                """).param("org", organisationId).query(Long.class).list();
    }

    public Optional<Long> idOfCode(String code) {
        return jdbc.sql("select id from aid.aid_item where code = :code").param("code", code.trim().toUpperCase())
                .query(Long.class).optional();
    }

    AidItemView view(AidItemRecord item) {
        Optional<OrganisationRef> donor = registry.find(item.donorId());
        Long implementerId = item.fields().implementerId();
        Optional<OrganisationRef> implementer = implementerId == null ? Optional.empty() : registry.find(implementerId);
        return new AidItemView(item, donor.map(OrganisationRef::name).orElse("#" + item.donorId()),
                donor.map(OrganisationRef::withoutValidPermit).orElse(false),
                donor.map(ref -> ref.status() == OrganisationStatus.SUSPENDED).orElse(false),
                implementer.map(OrganisationRef::name).orElse(null),
                implementer.map(OrganisationRef::withoutValidPermit).orElse(false),
                agencyName(item.ownerAgencyId()), agencyName(item.governingAgencyId()), sectors(item.id()),
                locations(item.id()), parties(item.id()), contacts(item.id()));
    }

    private String agencyName(long id) {
        return agencies.find(id).map(agency -> agency.name(LocaleContextHolder.getLocale())).orElse("#" + id);
    }

    private List<AidItemView.Sector> sectors(long id) {
        return jdbc.sql("select sector_code, percent from aid.aid_item_sector where aid_item = :id order by aid_item_key")
                .param("id", id).query((rs, n) -> {
                    String code = rs.getString("sector_code");
                    var entry = codelists.sector(code);
                    return new AidItemView.Sector(code, entry.map(e -> e.nameVi() == null ? e.nameEn() : e.nameVi())
                            .orElse(code), entry.map(e -> e.nameEn()).orElse(code), rs.getBigDecimal("percent"));
                }).list();
    }

    private List<AidItemView.Location> locations(long id) {
        return jdbc.sql("""
                select commune_code, entered_code, percent from aid.aid_item_location where aid_item = :id
                 order by aid_item_key
                """).param("id", id).query((rs, n) -> {
                    String code = rs.getString("commune_code");
                    String entered = rs.getString("entered_code");
                    Optional<AdminUnit> unit = adminUnits.find(UnitSet.CURRENT, code);
                    return new AidItemView.Location(code, unit.map(AdminUnit::fullNameVi).orElse(code),
                            unit.map(AdminUnit::path).orElse(code), entered,
                            entered == null ? null : adminUnits.find(UnitSet.PRE2025, entered).map(AdminUnit::path)
                                    .orElse(entered), rs.getBigDecimal("percent"));
                }).list();
    }

    private List<Party> parties(long id) {
        return jdbc.sql("select role, organisation_id, agency_id, name from aid.aid_item_party where aid_item = :id "
                + "order by aid_item_key").param("id", id).query(Party.class).list();
    }

    private List<ItemContact> contacts(long id) {
        return jdbc.sql("select full_name, position, phone, email from aid.aid_item_contact where aid_item = :id "
                + "order by aid_item_key").param("id", id).query(ItemContact.class).list();
    }

    static AidItemRecord record(ResultSet rs, int row) throws SQLException {
        return new AidItemRecord(rs.getLong("id"), rs.getLong("version"), rs.getString("code"),
                AidStatus.valueOf(rs.getString("status")), LegalBasis.valueOf(rs.getString("legal_basis")),
                ItemFields.fromRow(rs), rs.getObject("actual_start", LocalDate.class),
                rs.getObject("actual_end", LocalDate.class), rs.getBigDecimal("total_vnd"), rs.getBigDecimal("total_usd"),
                strings(rs.getArray("public_groups")), rs.getObject("submitted_on", LocalDate.class),
                rs.getObject("clock_started_on", LocalDate.class), rs.getObject("approved_on", LocalDate.class),
                rs.getObject("stage_due_on", LocalDate.class), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
