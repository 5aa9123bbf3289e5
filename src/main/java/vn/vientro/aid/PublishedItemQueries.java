package vn.vientro.aid;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.item.ItemDescription;
import vn.vientro.aid.item.ItemField;
import vn.vientro.aid.item.ItemFields;
import vn.vientro.aid.item.Party;
import vn.vientro.aid.item.PublicGroup;
import vn.vientro.aid.money.MoneyKind;
import vn.vientro.aid.results.IndicatorMeasure;
import vn.vientro.aid.results.ResultLevel;

/**
 * The approved items as the public may see them, for open-data files: an item approved at some point (never a draft,
 * a dossier under appraisal or a refused one) with each field and list only if the focal point opened its group.
 * Items go to the consumer one at a time, so a file of every item is written without holding them all.
 */
@Component
@Transactional(readOnly = true)
public class PublishedItemQueries {

    private static final String[] APPROVED = Arrays.stream(AidStatus.values()).filter(AidStatus::wasApproved)
            .map(Enum::name).toArray(String[]::new);
    /** The described fields an IATI activity carries and the public may see (some never are: no group). */
    private static final List<ItemField> IATI_FIELDS = ItemFields.where(field -> !field.spec().iati().isEmpty()
            && field.spec().publicGroup().length > 0);

    private final JdbcClient jdbc;

    PublishedItemQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Each published item, in the order of their codes: those whose summary is public (IATI requires a title,
     * a description, a participating organisation and a date).
     */
    public void forEach(Consumer<PublishedItem> consumer) {
        List<Long> ids = jdbc.sql("""
                select id from aid.aid_item where status = any(:statuses) and 'SUMMARY' = any(public_groups)
                 order by code
                """).param("statuses", APPROVED).query(Long.class).list();
        for (long id : ids) {
            jdbc.sql("select * from aid.aid_item where id = :id").param("id", id).query(this::item).optional()
                    .ifPresent(consumer);
        }
    }

    /** Every published item, as {@link #forEach} gives them, for a public list small enough to hold. */
    public List<PublishedItem> all() {
        List<PublishedItem> all = new ArrayList<>();
        forEach(all::add);
        return all;
    }

    /** One item if it is published (approved at some point, its summary public), with only its public groups. */
    public java.util.Optional<PublishedItem> find(long id) {
        return jdbc.sql("""
                select * from aid.aid_item where id = :id and status = any(:statuses)
                   and 'SUMMARY' = any(public_groups)
                """).param("id", id).param("statuses", APPROVED).query(this::item).optional();
    }

    private PublishedItem item(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        Set<PublicGroup> open = groups(rs.getArray("public_groups"));
        ItemDescription description = ItemFields.fromRow(rs);
        List<PublishedItem.IatiField> fields = new ArrayList<>();
        for (ItemField field : IATI_FIELDS) {
            Object value = field.valueOf(description);
            if (value != null && Arrays.stream(field.spec().publicGroup()).anyMatch(open::contains)) {
                fields.add(new PublishedItem.IatiField(field.spec().iati(), kind(field), value));
            }
        }
        boolean summary = open.contains(PublicGroup.SUMMARY);
        return new PublishedItem(id, rs.getString("code"), AidStatus.valueOf(rs.getString("status")),
                description.iatiIdentifier(), fields,
                summary ? rs.getObject("actual_start", LocalDate.class) : null,
                summary ? rs.getObject("actual_end", LocalDate.class) : null,
                rs.getObject("approved_on", LocalDate.class), rs.getTimestamp("updated_at").toInstant(),
                open.contains(PublicGroup.SECTORS) ? sectors(id) : List.of(),
                open.contains(PublicGroup.LOCATIONS) ? places(id) : List.of(),
                summary ? partners(id) : List.of(),
                open.contains(PublicGroup.MONEY) ? flows(id) : List.of(),
                open.contains(PublicGroup.MONEY) ? plannedDisbursements(id) : List.of(),
                open.contains(PublicGroup.RESULTS) ? results(id) : List.of(),
                summary ? rs.getString("priority_field") : null,
                open.contains(PublicGroup.VALUE) ? rs.getBigDecimal("total_vnd") : null,
                open.contains(PublicGroup.VALUE) ? rs.getBigDecimal("total_usd") : null);
    }

    private static PublishedItem.ValueKind kind(ItemField field) {
        return switch (field.reference()) {
            case ORGANISATION -> PublishedItem.ValueKind.ORGANISATION;
            case AGENCY -> PublishedItem.ValueKind.AGENCY;
            case CURRENCY -> PublishedItem.ValueKind.CODE;
            default -> field.type() == LocalDate.class ? PublishedItem.ValueKind.DATE
                    : field.type() == BigDecimal.class ? PublishedItem.ValueKind.AMOUNT
                    : field.type().isEnum() ? PublishedItem.ValueKind.CODE : PublishedItem.ValueKind.TEXT;
        };
    }

    private static Set<PublicGroup> groups(@Nullable Array array) throws SQLException {
        return array == null ? Set.of() : Arrays.stream((String[]) array.getArray()).map(PublicGroup::valueOf)
                .collect(Collectors.toSet());
    }

    private List<PublishedItem.Sector> sectors(long id) {
        return jdbc.sql("select sector_code, percent from aid.aid_item_sector where aid_item = :id order by aid_item_key")
                .param("id", id).query((rs, n) -> new PublishedItem.Sector(rs.getString("sector_code"),
                        rs.getBigDecimal("percent"))).list();
    }

    private List<PublishedItem.Place> places(long id) {
        return jdbc.sql("select commune_code, percent from aid.aid_item_location where aid_item = :id "
                + "order by aid_item_key").param("id", id).query((rs, n) -> new PublishedItem.Place(
                        rs.getString("commune_code"), rs.getBigDecimal("percent"))).list();
    }

    private List<PublishedItem.Partner> partners(long id) {
        return jdbc.sql("select role, organisation_id, agency_id, name from aid.aid_item_party where aid_item = :id "
                + "order by aid_item_key").param("id", id).query((rs, n) -> new PublishedItem.Partner(
                        iatiRole(Party.PartyRole.valueOf(rs.getString("role"))),
                        rs.getObject("organisation_id", Long.class), rs.getObject("agency_id", Long.class),
                        rs.getString("name"))).list();
    }

    /** IATI OrganisationRole: a co-donor funds (1); a local partner and the project unit implement (4). */
    private static String iatiRole(Party.PartyRole role) {
        return role == Party.PartyRole.CO_DONOR ? "1" : "4";
    }

    private List<PublishedItem.Flow> flows(long id) {
        return jdbc.sql("""
                select kind, value_date, amount, currency, amount_vnd, amount_usd from aid.money_transaction
                 where aid_item = :id and funding = 'AID' and kind <> 'PLANNED_DISBURSEMENT'
                 order by value_date, id
                """).param("id", id).query((rs, n) -> new PublishedItem.Flow(
                        java.util.Objects.requireNonNull(MoneyKind.valueOf(rs.getString("kind"))
                                .iatiTransactionType()), rs.getObject("value_date", LocalDate.class),
                        rs.getBigDecimal("amount"), rs.getString("currency").trim(), rs.getBigDecimal("amount_vnd"),
                        rs.getBigDecimal("amount_usd"))).list();
    }

    private List<PublishedItem.PlannedDisbursement> plannedDisbursements(long id) {
        return jdbc.sql("""
                select value_date, amount, currency from aid.money_transaction
                 where aid_item = :id and funding = 'AID' and kind = 'PLANNED_DISBURSEMENT'
                 order by value_date, id
                """).param("id", id).query((rs, n) -> new PublishedItem.PlannedDisbursement(
                        rs.getObject("value_date", LocalDate.class), rs.getBigDecimal("amount"),
                        rs.getString("currency").trim())).list();
    }

    private List<PublishedItem.Result> results(long id) {
        List<PublishedItem.Period> none = List.of();
        var periods = jdbc.sql("""
                select indicator, period_start, period_end, target_value, actual_value from aid.indicator_period
                 where aid_item = :id order by period_start, id
                """).param("id", id).query((rs, n) -> java.util.Map.entry(rs.getLong("indicator"),
                        new PublishedItem.Period(rs.getObject("period_start", LocalDate.class),
                                rs.getObject("period_end", LocalDate.class), rs.getBigDecimal("target_value"),
                                rs.getBigDecimal("actual_value")))).list().stream()
                .collect(Collectors.groupingBy(java.util.Map.Entry::getKey,
                        Collectors.mapping(java.util.Map.Entry::getValue, Collectors.toList())));
        var indicators = jdbc.sql("""
                select id, result, measure, title_vi, title_en, ascending, baseline_year, baseline_value
                  from aid.result_indicator where aid_item = :id order by position, id
                """).param("id", id).query((rs, n) -> java.util.Map.entry(rs.getLong("result"),
                        new PublishedItem.Indicator(IndicatorMeasure.valueOf(rs.getString("measure")).iatiCode(),
                                rs.getString("title_vi"), rs.getString("title_en"), rs.getBoolean("ascending"),
                                rs.getObject("baseline_year", Integer.class), rs.getBigDecimal("baseline_value"),
                                periods.getOrDefault(rs.getLong("id"), none)))).list().stream()
                .collect(Collectors.groupingBy(java.util.Map.Entry::getKey,
                        Collectors.mapping(java.util.Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("select id, level, title_vi, title_en, description from aid.result where aid_item = :id "
                + "order by position, id").param("id", id).query((rs, n) -> new PublishedItem.Result(
                        ResultLevel.valueOf(rs.getString("level")).iatiCode(), rs.getString("title_vi"),
                        rs.getString("title_en"), rs.getString("description"),
                        indicators.getOrDefault(rs.getLong("id"), List.of()))).list();
    }
}
