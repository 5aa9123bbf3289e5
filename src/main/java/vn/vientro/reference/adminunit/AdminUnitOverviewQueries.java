package vn.vientro.reference.adminunit;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.platform.VientroProperties;
import vn.vientro.reference.AdminUnit;
import vn.vientro.reference.UnitSet;

/** Read models for the administrative-unit pages: provinces with counts, children with their 2025 relations. */
@Component
@Transactional(readOnly = true)
class AdminUnitOverviewQueries {

    private final JdbcClient jdbc;
    private final String deploymentProvince;

    AdminUnitOverviewQueries(JdbcClient jdbc, VientroProperties properties) {
        this.jdbc = jdbc;
        this.deploymentProvince = properties.provinceCode();
    }

    record ProvinceRow(String code, String fullName, @Nullable String fullNameEn, long communes, boolean deployment,
                       String relatedNames) {
    }

    record ChildRow(String unitSet, String code, String fullName, @Nullable String type, String relatedNames) {
    }

    List<ProvinceRow> provinces(UnitSet set) {
        boolean current = set == UnitSet.CURRENT;
        return jdbc.sql("""
                select p.code, p.full_name_vi as full_name, p.full_name_en,
                       (select count(*) from reference.admin_unit c where c.unit_set = p.unit_set
                           and c.level = 'commune' and c.province_code = p.code) as communes,
                       p.code = :deployment as deployment,
                       coalesce((select string_agg(o.name_vi, ', ' order by o.code) from reference.province_successor s
                                   join reference.admin_unit o on o.unit_set = :other and o.code = %s
                                  where s.%s = p.code), '') as related_names
                  from reference.admin_unit p
                 where p.unit_set = :set and p.level = 'province'
                 order by (p.code = :deployment) desc, p.name_vi collate "vi-x-icu"
                """.formatted(current ? "s.old_code" : "s.new_code", current ? "new_code" : "old_code"))
                .param("set", set.key()).param("other", current ? "pre2025" : "current")
                .param("deployment", deploymentProvince)
                .query(ProvinceRow.class).list();
    }

    /** Districts or communes under a unit; communes carry the names of the units across the 2025 change. */
    List<ChildRow> children(AdminUnit parent) {
        boolean current = parent.set() == UnitSet.CURRENT;
        return jdbc.sql("""
                select c.unit_set, c.code, c.full_name_vi as full_name, c.unit_type_vi as type,
                       coalesce((select string_agg(o.full_name_vi, ', ' order by o.code)
                                   from reference.commune_successor s
                                   join reference.admin_unit o on o.unit_set = :other and o.code = %s
                                  where s.%s = c.code and c.level = 'commune'), '') as related_names
                  from reference.admin_unit c
                 where c.unit_set = :set and c.parent_code = :parent
                 order by c.name_vi collate "vi-x-icu", c.code
                """.formatted(current ? "s.old_code" : "s.new_code", current ? "new_code" : "old_code"))
                .param("set", parent.set().key()).param("other", current ? "pre2025" : "current")
                .param("parent", parent.code())
                .query(ChildRow.class).list();
    }
}
