package vn.vientro.reference.adminunit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.vientro.reference.AdminUnit;
import vn.vientro.reference.UnitSet;

/** Maps {@code reference.admin_unit} rows for {@link AdminUnitQueries}. */
final class AdminUnitRows {

    private AdminUnitRows() {
    }

    static AdminUnit unit(ResultSet rs, int row) throws SQLException {
        return new AdminUnit(UnitSet.fromKey(rs.getString("unit_set")).orElseThrow(), rs.getString("code"),
                rs.getString("level"), rs.getString("parent_code"), rs.getString("province_code"),
                rs.getString("name_vi"), rs.getString("name_en"), rs.getString("full_name_vi"),
                rs.getString("full_name_en"), rs.getString("unit_type_vi"), rs.getString("unit_type_en"),
                rs.getString("path_vi"), rs.getString("path_en"));
    }

    static Map<String, Object> params(UnitSet set, @Nullable String level, @Nullable String parent, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("set", set.key());
        params.put("level", level);
        params.put("parent", parent);
        params.put("parentIsProvince", parent != null && parent.length() == 2);
        params.put("limit", limit);
        return params;
    }
}
