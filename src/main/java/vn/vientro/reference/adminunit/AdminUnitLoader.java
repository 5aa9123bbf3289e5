package vn.vientro.reference.adminunit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vientro.reference.dataset.BundledDatasets;

/**
 * Loads both sets of administrative units and the 2025 old-to-new mapping from the bundled files. Batched SQL, not
 * aggregates: tens of thousands of read-only rows replaced whole when the bundled files change.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminUnitLoader implements ApplicationRunner {

    private static final String DIR = "reference/vn-admin/";
    static final String CURRENT = DIR + "full_json_generated_data_vn_units_2026-07-25__20_49_07.json";
    static final String PRE_2025 = DIR + "simplified_json_generated_data_vn_units.json";
    static final String SPLITS = DIR + "splits.json";
    private static final int LOADER_VERSION = 1;

    private final BundledDatasets datasets;
    private final JdbcTemplate jdbcTemplate;
    private final JsonMapper json = JsonMapper.builder().build();

    AdminUnitLoader(BundledDatasets datasets, JdbcTemplate jdbcTemplate) {
        this.datasets = datasets;
        this.jdbcTemplate = jdbcTemplate;
    }

    @Override
    public void run(ApplicationArguments args) {
        datasets.ensureLoaded("admin-units", LOADER_VERSION, List.of(CURRENT, PRE_2025, SPLITS, UnitNaming.FILE),
                this::load);
    }

    private int load(JdbcClient jdbc) {
        jdbc.sql("delete from reference.commune_successor").update();
        jdbc.sql("delete from reference.province_successor").update();
        jdbc.sql("delete from reference.unit_code_alias").update();
        jdbc.sql("delete from reference.admin_unit").update();
        UnitNaming naming = UnitNaming.read();
        List<Object[]> units = new ArrayList<>();
        readCurrent(units, naming);
        readPre2025(units, naming);
        jdbcTemplate.batchUpdate("""
                insert into reference.admin_unit (unit_set, code, level, parent_code, province_code, name_vi, name_en,
                    full_name_vi, full_name_en, unit_type_vi, unit_type_en, path_vi, path_en, search_text)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, lower(f_unaccent(?)))
                """, units);
        naming.codeAliases().byAlias().forEach((alias, code) -> jdbc.sql(
                        "insert into reference.unit_code_alias values ('current', :alias, :code, :note)")
                .param("alias", alias).param("code", code).param("note", naming.codeAliases().note()).update());
        int successors = readSplits(naming.codeAliases().byAlias());
        return units.size() + successors;
    }

    private void readCurrent(List<Object[]> units, UnitNaming naming) {
        for (JsonNode province : read(CURRENT)) {
            String provinceCode = province.get("Code").asString();
            units.add(unit("current", "province", null, provinceCode, province, null, null, naming));
            for (JsonNode ward : province.get("Wards")) {
                units.add(unit("current", "commune", provinceCode, provinceCode, ward, province, null, naming));
            }
        }
    }

    private void readPre2025(List<Object[]> units, UnitNaming naming) {
        for (JsonNode province : read(PRE_2025)) {
            String provinceCode = province.get("Code").asString();
            units.add(unit("pre2025", "province", null, provinceCode, province, null, null, naming));
            for (JsonNode district : province.get("District")) {
                String districtCode = district.get("Code").asString();
                units.add(unit("pre2025", "district", provinceCode, provinceCode, district, province, null, naming));
                JsonNode wards = district.get("Ward");
                if (wards == null || wards.isNull()) {
                    continue; // island districts without communes (Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo)
                }
                for (JsonNode ward : wards) {
                    units.add(unit("pre2025", "commune", districtCode, provinceCode, ward, province, district,
                            naming));
                }
            }
        }
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    private static Object[] unit(String set, String level, String parent, String province, JsonNode node,
                                 JsonNode provinceNode, JsonNode districtNode, UnitNaming naming) {
        String name = text(node, "Name");
        String nameEn = text(node, "NameEn");
        String fullName = text(node, "FullName");
        String fullNameEn = text(node, "FullNameEn");
        String typeVi = node.has("AdministrativeUnitShortName") ? text(node, "AdministrativeUnitShortName")
                : prefix(fullName, name);
        String typeEn = node.has("AdministrativeUnitShortNameEn") ? text(node, "AdministrativeUnitShortNameEn")
                : suffix(fullNameEn, nameEn);
        UnitPath path = UnitPath.of(set, fullName, fullNameEn, provinceNode, districtNode, naming);
        String search = String.join(" ", fullName, fullNameEn == null ? "" : fullNameEn, path.vi());
        return new Object[] {set, node.get("Code").asString(), level, parent, province, name, nameEn, fullName,
                fullNameEn, typeVi, typeEn, path.vi(), path.en(), search};
    }

    private int readSplits(Map<String, String> aliases) {
        List<Object[]> communes = new ArrayList<>();
        Map<String, String> provinces = new HashMap<>();
        for (JsonNode oldProvince : read(SPLITS).get("data")) {
            for (JsonNode split : oldProvince.get("splits")) {
                provinces.put(oldProvince.get("level1_id").asString(), split.get("new_id").asString());
            }
            for (JsonNode oldCommune : oldProvince.get("level3s")) {
                JsonNode splits = oldCommune.get("splits");
                String kind = splits.size() == 1 ? "ONE_TO_ONE" : "SPLIT";
                int position = 0;
                for (JsonNode split : splits) {
                    String newCode = aliases.getOrDefault(split.get("new_id").asString(), split.get("new_id").asString());
                    communes.add(new Object[] {oldCommune.get("level3_id").asString(), newCode, kind, position++});
                }
            }
        }
        jdbcTemplate.batchUpdate("insert into reference.commune_successor (old_code, new_code, kind, position) "
                + "values (?, ?, ?, ?) on conflict do nothing", communes);
        List<Object[]> provinceRows = provinces.entrySet().stream().map(e -> new Object[] {e.getKey(), e.getValue()}).toList();
        jdbcTemplate.batchUpdate("insert into reference.province_successor (old_code, new_code) values (?, ?)", provinceRows);
        return communes.size() + provinceRows.size();
    }

    private JsonNode read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString().trim();
    }

    private static String prefix(String fullName, String name) {
        return fullName.endsWith(name) ? fullName.substring(0, fullName.length() - name.length()).trim() : null;
    }

    private static String suffix(String fullName, String name) {
        return fullName != null && name != null && fullName.startsWith(name)
                ? fullName.substring(name.length()).trim() : null;
    }
}
