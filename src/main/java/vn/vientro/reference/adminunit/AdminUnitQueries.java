package vn.vientro.reference.adminunit;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vientro.platform.VientroProperties;
import vn.vientro.reference.AdminUnit;
import vn.vientro.reference.SuccessorUnit;
import vn.vientro.reference.UnitSet;

/**
 * The administrative units as {@link AdminUnitLoader} keeps them from the bundled files: lookups, lists, the search
 * by name and the 2025 mapping between the sets.
 */
@Component
public class AdminUnitQueries {

    private static final String COLUMNS = """
            select unit_set, code, level, parent_code, province_code, name_vi, name_en, full_name_vi, full_name_en,
                   unit_type_vi, unit_type_en, path_vi, path_en from reference.admin_unit u
            """;
    private static final String ORDER = " order by u.code";

    private final JdbcClient jdbc;
    private final String deploymentProvince;

    AdminUnitQueries(JdbcClient jdbc, VientroProperties properties) {
        this.jdbc = jdbc;
        this.deploymentProvince = properties.provinceCode();
    }

    /** The unit with this code in the set, also when the code is a known alias (GSO letter codes). */
    public Optional<AdminUnit> find(UnitSet set, String code) {
        return jdbc.sql(COLUMNS + """
                         where u.unit_set = :set and u.code = coalesce(
                             (select a.code from reference.unit_code_alias a where a.unit_set = :set and a.alias = :code),
                             :code)
                        """)
                .param("set", set.key()).param("code", code.trim()).query(AdminUnitRows::unit).optional();
    }

    public List<AdminUnit> list(UnitSet set, @Nullable String level, @Nullable String parentCode, int limit) {
        return jdbc.sql(COLUMNS + " where u.unit_set = :set"
                        + (level == null ? "" : " and u.level = :level")
                        + (parentCode == null ? "" : " and (u.parent_code = :parent or (u.level <> 'district' "
                        + "and u.province_code = :parent and u.level <> 'province' and :parentIsProvince))")
                        + ORDER + " limit :limit")
                .params(AdminUnitRows.params(set, level, parentCode, limit))
                .query(AdminUnitRows::unit).list();
    }

    /** Names containing the words, without regard to diacritics; the deployment's province first, then current units. */
    public List<AdminUnit> search(String query, @Nullable UnitSet set, @Nullable String level, int limit) {
        return jdbc.sql(COLUMNS + """
                         where u.search_text like '%' || lower(f_unaccent(:q)) || '%'
                           and (cast(:set as text) is null or u.unit_set = :set)
                           and (cast(:level as text) is null or u.level = :level)
                         order by (u.province_code = :province or (u.unit_set = 'pre2025' and exists (
                                      select 1 from reference.province_successor ps
                                       where ps.old_code = u.province_code and ps.new_code = :province))) desc,
                                  (u.unit_set = 'current') desc,
                                  (lower(f_unaccent(u.name_vi)) = lower(f_unaccent(:q))) desc,
                                  u.full_name_vi collate "vi-x-icu", u.code
                         limit :limit
                        """)
                .param("q", query).param("set", set == null ? null : set.key()).param("level", level)
                .param("province", deploymentProvince).param("limit", limit)
                .query(AdminUnitRows::unit).list();
    }

    /** The current unit(s) an old (pre-2025) commune or province became. */
    public List<SuccessorUnit> successors(String oldCode) {
        String table = oldCode.length() == 2 ? "reference.province_successor" : "reference.commune_successor";
        String kind = oldCode.length() == 2 ? "'ONE_TO_ONE'" : "s.kind";
        return jdbc.sql(COLUMNS.replace("select ", "select " + kind + " as kind, ")
                        + " join " + table + " s on s.new_code = u.code"
                        + " where u.unit_set = 'current' and s.old_code = :code order by u.code")
                .param("code", oldCode.trim())
                .query((rs, row) -> new SuccessorUnit(AdminUnitRows.unit(rs, row), rs.getString("kind"))).list();
    }

    /** The old (pre-2025) units a current commune or province was formed from. */
    public List<SuccessorUnit> predecessors(String newCode) {
        String table = newCode.length() == 2 ? "reference.province_successor" : "reference.commune_successor";
        String kind = newCode.length() == 2 ? "'ONE_TO_ONE'" : "s.kind";
        return jdbc.sql(COLUMNS.replace("select ", "select " + kind + " as kind, ")
                        + " join " + table + " s on s.old_code = u.code"
                        + " where u.unit_set = 'pre2025' and s.new_code = :code order by u.code")
                .param("code", newCode.trim())
                .query((rs, row) -> new SuccessorUnit(AdminUnitRows.unit(rs, row), rs.getString("kind"))).list();
    }

    public long count(UnitSet set, String level) {
        return jdbc.sql("select count(*) from reference.admin_unit where unit_set = :set and level = :level")
                .param("set", set.key()).param("level", level).query(Long.class).single();
    }
}
