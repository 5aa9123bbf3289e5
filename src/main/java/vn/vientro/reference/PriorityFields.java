package vn.vientro.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.reference.sector.PriorityFieldEditor;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.InvalidInputException;
import vn.vientro.shared.NotFoundException;

/** The province's eight priority fields and their (editable) mapping to OECD-DAC sectors. */
@Service
public class PriorityFields {

    private final JdbcClient jdbc;
    private final Codelists codelists;
    private final PriorityFieldEditor editor;

    PriorityFields(JdbcClient jdbc, Codelists codelists, PriorityFieldEditor editor) {
        this.jdbc = jdbc;
        this.codelists = codelists;
        this.editor = editor;
    }

    @Transactional(readOnly = true)
    public List<PriorityField> all() {
        Map<Long, List<CodelistItem>> sectors = new LinkedHashMap<>();
        jdbc.sql("""
                select s.priority_field, c.list, c.code, c.name_en, c.name_vi, c.category, c.withdrawn
                  from reference.priority_field_sector s
                  join reference.codelist_item c on c.code = s.sector_code and c.list in ('Sector', 'SectorCategory')
                 order by s.priority_field, c.code
                """).query(rs -> {
            sectors.computeIfAbsent(rs.getLong("priority_field"), id -> new ArrayList<>()).add(new CodelistItem(
                    rs.getString("list"), rs.getString("code"), rs.getString("name_en"), rs.getString("name_vi"),
                    rs.getString("category"), rs.getBoolean("withdrawn")));
        });
        return jdbc.sql("select id, version, code, name_vi, name_en from reference.priority_field order by position")
                .query((rs, row) -> new PriorityField(rs.getLong("id"), rs.getLong("version"), rs.getString("code"),
                        rs.getString("name_vi"), rs.getString("name_en"),
                        List.copyOf(sectors.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
    }

    @Transactional(readOnly = true)
    public PriorityField get(long id) {
        return all().stream().filter(field -> field.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("priority field", id));
    }

    /** The priority fields a DAC code falls in (a sector can serve several fields, e.g. 16010). */
    @Transactional(readOnly = true)
    public List<PriorityField> covering(String dacCode) {
        return all().stream().filter(field -> field.covers(dacCode)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<PriorityField> byCode(String code) {
        return all().stream().filter(field -> field.code().equals(code)).findFirst();
    }

    /** Renames a field and replaces its sector mapping; every code must be a DAC sector or category. */
    @PreAuthorize(ReferencePolicy.MANAGE_PRIORITY_FIELDS)
    @Transactional
    public void update(long id, long expectedVersion, String nameVi, @Nullable String nameEn, List<String> dacCodes) {
        if (nameVi.isBlank()) {
            throw new InvalidInputException("nameVi", "reference.priorityField.nameVi.required");
        }
        List<String> unknown = dacCodes.stream().filter(code -> codelists.sector(code).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new BusinessRuleException(ReferenceProblem.UNKNOWN_SECTOR, "reference.priorityField.sectors.unknown", "sectors",
                    String.join(", ", unknown));
        }
        editor.update(id, expectedVersion, nameVi, nameEn, dacCodes.stream().distinct().toList());
    }
}
