package vn.vientro.platform.db;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.aid.item.ItemFields;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text column of the modules' schemas is bounded (docs/architecture.md, "Bounded input"): by a
 * {@code <table>_<column>_length_ck} constraint, or by a check listing its values. The columns left unbounded are
 * named here with their reason: none of them holds what a person or a client typed. A column added without a bound
 * fails here.
 */
@VientroIntegrationTest
class BoundedTextIntegrationTests {

    private static final Set<String> WRITTEN_BY_THE_APPLICATION = Set.of(
            "audit.", // the trail: copies of rows bounded in their own tables, written by triggers
            "notification.", // notices and mails: written from stored records and message templates
            "search.", // documents derived from the records they index
            // loaded from the application's own files
            "reference.dataset.", "reference.admin_unit.", "reference.commune_successor.",
            "reference.province_successor.", "reference.unit_code_alias.", "reference.codelist_item.",
            // running totals and splits kept by triggers from bounded transactions
            "aid.money_total.", "aid.money_month.", "aid.money_share.", "aid.money_split.",
            // the rollups of approved money (issue 18), kept by trigger from aid.money_month and the splits
            "aid.money_rollup.", "aid.money_rollup_items.", "aid.money_rollup_member.", "aid.money_rollup_item_years.",
            "aid.money_rollup_part.", "aid.money_rate_month.",
            // DAC categories cut from an item's sectors, checked when the item was written
            "aid.funded_footprint.categories",
            // names of the item's fields, from the application's own catalogue
            "aid.amendment.changed_fields", "aid.amendment.substantive_fields",
            // hashes, prefixes and counters' subjects the application makes
            "identity.user_account.password_hash", "identity.api_token.token_hash", "identity.api_token.token_prefix",
            "identity.sign_in_throttle.subject", "identity.trusted_device.token_hash",
            "registry.organisation.normalized_name", "registry.import_job.failure_key", "registry.import_problem.",
            // an IATI import's failure arguments: file names and the parser's words, cut by the store
            "interchange.import_job.failure_arguments", "interchange.import_activity.refusal_arguments",
            "registry.reminder_sent.");
    /** Lists of codes, each checked against its reference list on every write. */
    private static final Set<String> CHECKED_CODES = Set.of("aid.aid_item.public_groups",
            "registry.organisation.sector_codes", "registry.organisation.priority_fields",
            "registry.organisation.commune_codes", "registry.permit.scope_communes", "registry.contact.languages",
            "mobilisation.need.sectors", "mobilisation.need.communes",
            // a catalogue version's copy of its needs' codes, checked when the need was written
            "mobilisation.catalogue_entry.sectors", "mobilisation.catalogue_entry.communes");
    private static final Pattern LENGTH = Pattern.compile("char_length\\(\"?(\\w+)\"?\\) <= (\\d+)");

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyTextPeopleWriteHasALimitInTheSchema() {
        Map<String, Integer> limits = limits();
        Set<String> listed = jdbc.sql("""
                select n.nspname || '.' || r.relname || '.' || a.attname
                  from pg_constraint c
                  join pg_class r on r.oid = c.conrelid
                  join pg_namespace n on n.oid = r.relnamespace
                  join pg_attribute a on a.attrelid = r.oid and a.attnum = any (c.conkey)
                 where c.contype = 'c' and (pg_get_constraintdef(c.oid) like '%= ANY (ARRAY[%'
                        or pg_get_constraintdef(c.oid) like '%<@ ARRAY[%')
                """).query(String.class).set();
        List<String> unbounded = jdbc.sql("""
                select c.table_schema || '.' || c.table_name || '.' || c.column_name
                  from information_schema.columns c
                  join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                 where t.table_type = 'BASE TABLE' and c.is_generated = 'NEVER'
                   and c.table_schema in ('aid', 'audit', 'identity', 'interchange', 'mobilisation', 'notification',
                                          'reference', 'registry', 'search')
                   and (c.data_type = 'text' or c.udt_name = '_text')
                 order by 1
                """).query(String.class).list().stream()
                .filter(column -> !limits.containsKey(column) && !listed.contains(column))
                .filter(column -> WRITTEN_BY_THE_APPLICATION.stream().noneMatch(column::startsWith))
                .filter(column -> !CHECKED_CODES.contains(column))
                .toList();
        assertThat(unbounded).as("text columns without a limit").isEmpty();
    }

    @Test
    void theItemDescriptionsLimitsAreItsColumnsLimits() {
        Map<String, Integer> limits = limits();
        Map<String, Integer> declared = ItemFields.all().stream().filter(field -> field.spec().maxLength() > 0)
                .collect(Collectors.toMap(field -> "aid.aid_item." + field.column(), field -> field.spec().maxLength()));
        assertThat(declared).isNotEmpty();
        declared.forEach((column, max) -> assertThat(limits.getOrDefault(column, max)).as(column).isEqualTo(max));
        assertThat(ItemFields.where(field -> field.type() == String.class && field.spec().maxLength() == 0))
                .as("texts of the description without a limit").isEmpty();
    }

    /** Each bounded column and its limit, from the constraints named {@code <table>_<column>_length_ck}. */
    private Map<String, Integer> limits() {
        return jdbc.sql("""
                select n.nspname || '.' || r.relname as owner, pg_get_constraintdef(c.oid) as definition
                  from pg_constraint c
                  join pg_class r on r.oid = c.conrelid
                  join pg_namespace n on n.oid = r.relnamespace
                 where c.contype = 'c' and c.conname like '%\\_length\\_ck'
                """).query((rs, row) -> {
                    Matcher matcher = LENGTH.matcher(rs.getString("definition"));
                    if (!matcher.find()) {
                        throw new IllegalStateException(rs.getString("definition"));
                    }
                    return Map.entry(rs.getString("owner") + "." + matcher.group(1),
                            Integer.parseInt(matcher.group(2)));
                }).list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
