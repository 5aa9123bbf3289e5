package vn.vientro.identity.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.vientro.identity.AccountDetails;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.AgencyDetails;
import vn.vientro.identity.AgencyKind;
import vn.vientro.identity.SystemAuthentication;
import vn.vientro.identity.UserView;
import vn.vientro.identity.Users;
import vn.vientro.identity.token.ApiTokens;
import vn.vientro.shared.Role;

/**
 * Demo profile only: the agencies of a merged province (Phú Thọ after 1 July 2025) and one user per role, all with
 * the password {@value #PASSWORD} and a fixed API token {@code demo-<username>}. Safe to run at every start.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoIdentity implements ApplicationRunner {

    static final String PASSWORD = "Vientro#2026";
    private static final Logger log = LoggerFactory.getLogger(DemoIdentity.class);

    private final Agencies agencies;
    private final Users users;
    private final ApiTokens tokens;

    DemoIdentity(Agencies agencies, Users users, ApiTokens tokens) {
        this.agencies = agencies;
        this.users = users;
        this.tokens = tokens;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.asAdministrator("system:demo", () -> {
            seed();
            return null;
        });
    }

    private void seed() {
        Map<String, Long> ids = new HashMap<>();
        agencies.all().forEach(agency -> ids.put(agency.code(), agency.id()));
        agency(ids, "UBND-TINH", "Ủy ban nhân dân tỉnh Phú Thọ", "Phu Tho Provincial People's Committee", "UBND tỉnh",
                AgencyKind.PEOPLES_COMMITTEE, false, false, true);
        agency(ids, "VP-UBND", "Văn phòng Ủy ban nhân dân tỉnh Phú Thọ", "Office of the Provincial People's Committee",
                "VP UBND tỉnh", AgencyKind.PC_OFFICE, true, false, true);
        agency(ids, "SNGV-VP", "Sở Ngoại vụ tỉnh Vĩnh Phúc (cũ)", "Vinh Phuc Department of Foreign Affairs (former)",
                "SNgV Vĩnh Phúc", AgencyKind.FOREIGN_AFFAIRS, false, false, false);
        agency(ids, "SKHDT-VP", "Sở Kế hoạch và Đầu tư tỉnh Vĩnh Phúc (cũ)",
                "Vinh Phuc Department of Planning and Investment (former)", "SKHĐT Vĩnh Phúc",
                AgencyKind.PLANNING_INVESTMENT, false, false, false);
        agency(ids, "STC", "Sở Tài chính tỉnh Phú Thọ", "Phu Tho Department of Finance", "Sở Tài chính",
                AgencyKind.FINANCE, false, true, true);
        agency(ids, "CA-TINH", "Công an tỉnh Phú Thọ", "Phu Tho Provincial Police", "Công an tỉnh",
                AgencyKind.POLICE, false, false, true);
        agency(ids, "SYT", "Sở Y tế tỉnh Phú Thọ", "Phu Tho Department of Health", "Sở Y tế",
                AgencyKind.LINE_DEPARTMENT, false, false, true);
        agency(ids, "SGDDT", "Sở Giáo dục và Đào tạo tỉnh Phú Thọ", "Phu Tho Department of Education and Training",
                "Sở GD&ĐT", AgencyKind.LINE_DEPARTMENT, false, false, true);
        agency(ids, "UBND-P-VINHPHUC", "Ủy ban nhân dân phường Vĩnh Phúc", "Vinh Phuc Ward People's Committee",
                "UBND phường Vĩnh Phúc", AgencyKind.COMMUNE_COMMITTEE, false, false, true);
        agency(ids, "LHHN", "Liên hiệp các tổ chức hữu nghị tỉnh Phú Thọ", "Phu Tho Union of Friendship Organizations",
                "Liên hiệp hữu nghị", AgencyKind.FRIENDSHIP_UNION, false, false, true);
        agency(ids, "BVDK-TINH", "Bệnh viện Đa khoa tỉnh Phú Thọ", "Phu Tho General Hospital", "BVĐK tỉnh",
                AgencyKind.AID_OWNER, false, false, true);
        succession(ids, "SNGV-VP", "VP-UBND", LocalDate.of(2025, 7, 1),
                "Nghị định 45/2025/NĐ-CP Điều 9 khoản 1; Nghị quyết 202/2025/QH15");
        succession(ids, "SKHDT-VP", "STC", LocalDate.of(2025, 3, 1), "Sáp nhập Sở KH&ĐT vào Sở Tài chính (2025)");

        user(ids, "admin", "Nguyễn Văn Quản", "VP-UBND", Role.ADMIN);
        user(ids, "focal", "Trần Thị Ngoại", "VP-UBND", Role.FOCAL_POINT);
        user(ids, "appraiser", "Lê Minh Thẩm", "STC", Role.APPRAISER);
        user(ids, "police", "Phạm Quốc An", "CA-TINH", Role.SECURITY);
        user(ids, "officer", "Hoàng Thu Hà", "SYT", Role.AGENCY_OFFICER);
        user(ids, "commune", "Đỗ Văn Xã", "UBND-P-VINHPHUC", Role.AGENCY_OFFICER);
        user(ids, "leader", "Vũ Đức Lãnh", "UBND-TINH", Role.LEADER);
        log.info("Demo users ready: admin, focal, appraiser, police, officer, commune, leader (tokens demo-<username>)");
    }

    private void agency(Map<String, Long> ids, String code, String nameVi, String nameEn, String shortName,
                        AgencyKind kind, boolean focalPoint, boolean appraisalLead, boolean active) {
        if (!ids.containsKey(code)) {
            ids.put(code, agencies.register(new AgencyDetails(code, nameVi, nameEn, shortName, kind, focalPoint,
                    appraisalLead, active, null, null, null)));
        }
    }

    private void succession(Map<String, Long> ids, String predecessor, String successor, LocalDate from, String basis) {
        if (agencies.get(ids.get(predecessor)).successorId() == null) {
            agencies.recordSuccession(ids.get(predecessor), ids.get(successor), from, basis);
        }
    }

    private void user(Map<String, Long> ids, String username, String fullName, String agencyCode, Role role) {
        long id = users.findByUsername(username).map(UserView::id).orElseGet(() -> users.open(username, PASSWORD,
                new AccountDetails(fullName, username + "@demo.vientro.vn", null, ids.get(agencyCode), Set.of(role),
                        true)));
        tokens.issueFixed(id, "demo", "demo-" + username);
    }
}
