package vn.vientro.reference.sector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vientro.reference.CodelistItem;
import vn.vientro.reference.PriorityField;

/** The priority fields with the DAC sectors and categories mapped to each, in the province's order. */
@Component
public class PriorityFieldQueries {

    private final JdbcClient jdbc;

    PriorityFieldQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PriorityField> all() {
        return fields(null);
    }

    /** One field; an item's page names its field on every view, so not by reading all of them. */
    public Optional<PriorityField> byCode(String code) {
        return fields(code).stream().findFirst();
    }

    private List<PriorityField> fields(@Nullable String code) {
        Map<Long, List<CodelistItem>> sectors = new LinkedHashMap<>();
        jdbc.sql("""
                select s.priority_field, c.list, c.code, c.name_en, c.name_vi, c.category, c.withdrawn
                  from reference.priority_field_sector s
                  join reference.priority_field f on f.id = s.priority_field
                  join reference.codelist_item c on c.code = s.sector_code and c.list in ('Sector', 'SectorCategory')
                 where cast(:code as text) is null or f.code = :code
                 order by s.priority_field, c.code
                """).param("code", code).query(rs -> {
            sectors.computeIfAbsent(rs.getLong("priority_field"), id -> new ArrayList<>()).add(new CodelistItem(
                    rs.getString("list"), rs.getString("code"), rs.getString("name_en"), rs.getString("name_vi"),
                    rs.getString("category"), rs.getBoolean("withdrawn")));
        });
        return jdbc.sql("""
                select id, version, code, name_vi, name_en from reference.priority_field
                 where cast(:code as text) is null or code = :code order by position
                """).param("code", code).query((rs, row) -> new PriorityField(rs.getLong("id"), rs.getLong("version"), rs.getString("code"),
                        rs.getString("name_vi"), rs.getString("name_en"),
                        List.copyOf(sectors.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
    }
}
