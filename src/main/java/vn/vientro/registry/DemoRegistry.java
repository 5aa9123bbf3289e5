package vn.vientro.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.vientro.identity.SystemAuthentication;
import vn.vientro.reference.AdminUnit;
import vn.vientro.reference.AdminUnits;
import vn.vientro.reference.UnitSet;
import vn.vientro.registry.organisation.OrganisationDetails;
import vn.vientro.registry.organisation.OrganisationFilter;
import vn.vientro.registry.organisation.OrganisationRegistry;
import vn.vientro.registry.permit.PermitDetails;
import vn.vientro.registry.permit.Permits;

/**
 * Demo profile only: the organisations named in the seed documents (Bình Phước's 2023 plan) and well-known NGOs,
 * with registration papers dated from today so that some expire soon, one plan is overdue, one annual report is
 * missing and one NGO works without a valid paper. Runs once: skipped when organisations exist.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class DemoRegistry implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRegistry.class);

    private final OrganisationRegistry organisations;
    private final Permits permits;
    private final AdminUnits adminUnits;
    private final Clock clock;

    DemoRegistry(OrganisationRegistry organisations, Permits permits, AdminUnits adminUnits, Clock clock) {
        this.organisations = organisations;
        this.permits = permits;
        this.adminUnits = adminUnits;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.asAdministrator("system:demo", () -> {
            if (organisations.list(OrganisationFilter.all()).total() == 0) {
                seed();
            }
            return null;
        });
    }

    private void seed() {
        LocalDate today = LocalDate.now(clock);
        List<String> communes = adminUnits.list(UnitSet.CURRENT, "commune", "25", 6).stream().map(AdminUnit::code).toList();
        long vnah = ngo("Vietnam Assistance for the Handicapped", "Hội Trợ giúp người khuyết tật Việt Nam", "VNAH", "US",
                null, List.of("16010", "12220"), List.of("2.2", "2.5"), communes.subList(0, 2));
        paper(vnah, "OPERATION_REGISTRATION", "125/GĐK-BNG", today.minusYears(3).plusDays(26), today.plusDays(25));
        long hpa = ngo("Health Poverty Action", "Tổ chức Hành động vì sức khỏe và giảm nghèo", "HPA", "GB", null,
                List.of("12262"), List.of("2.5"), communes.subList(1, 3));
        permits.record(hpa, details("OPERATION_REGISTRATION", "208/GĐK-BNG", today.minusDays(120), today.plusDays(200)));
        other(OrganisationKind.MULTILATERAL, "The Global Fund to Fight AIDS, Tuberculosis and Malaria",
                "Quỹ Toàn cầu phòng chống Lao, Sốt rét và HIV/AIDS", "GF", "CH", "XM-DAC-47045", List.of("12262", "12263", "13040"));
        other(OrganisationKind.MULTILATERAL, "United Nations Office for Project Services",
                "Văn phòng dịch vụ các dự án Liên Hợp quốc", "UNOPS", "DK", null, List.of("12262"));
        other(OrganisationKind.VIETNAMESE_PARTNER, "Trung tâm Hỗ trợ sáng kiến phát triển cộng đồng",
                "Trung tâm Hỗ trợ sáng kiến phát triển cộng đồng", "SCDI", "VN", null, List.of("12262", "13040"));
        other(OrganisationKind.VIETNAMESE_PARTNER, "Trung tâm Hỗ trợ sáng kiến phục vụ cộng đồng",
                "Trung tâm Hỗ trợ sáng kiến phục vụ cộng đồng", "CSIP", "VN", null, List.of("16010"));
        long psi = ngo("Population Services International", "Tổ chức Dịch vụ Dân số Quốc tế", "PSI", "US", null,
                List.of("12262", "13030"), List.of("2.5"), communes.subList(2, 4));
        paper(psi, "REPRESENTATIVE_OFFICE", "47/GĐK-BNG", today.minusYears(1), today.plusDays(400));
        long ahf = ngo("AIDS Healthcare Foundation", "Tổ chức Quỹ chăm sóc sức khỏe AIDS", "AHF", "US", null,
                List.of("13040"), List.of("2.5"), communes.subList(0, 1));
        paper(ahf, "OPERATION_REGISTRATION", "311/GĐK-BNG", today.minusYears(2), today.plusDays(55));
        long kfhi = ngo("Korea Food for the Hungry International", "Tổ chức Cứu trợ nạn đói Hàn Quốc", "KFHI", "KR",
                null, List.of("11220", "112"), List.of("2.4"), communes.subList(3, 5));
        paper(kfhi, "OPERATION_REGISTRATION", "92/GĐK-BNG", today.minusMonths(10), today.plusDays(700));
        long stc = ngo("Save the Children", "Tổ chức Cứu trợ trẻ em", "SC", "GB", "GB-CHC-213890",
                List.of("11220", "12240", "15180"), List.of("2.2", "2.4"), communes.subList(4, 6));
        paper(stc, "REPRESENTATIVE_OFFICE", "12/GĐK-BNG", today.minusYears(2), today.plusYears(2));
        long plan = ngo("Plan International", "Tổ chức Plan Quốc tế", "Plan", "GB", "GB-CHC-276035",
                List.of("15170", "11230"), List.of("2.2"), communes.subList(0, 3));
        paper(plan, "OPERATION_REGISTRATION", "77/GĐK-BNG", today.minusYears(1), today.plusYears(1).plusDays(100));
        long oxfam = ngo("Oxfam", "Tổ chức Oxfam", "Oxfam", "GB", "GB-CHC-202918", List.of("43060", "31120"),
                List.of("2.1", "2.3"), communes.subList(1, 2));
        paper(oxfam, "OPERATION_REGISTRATION", "58/GĐK-BNG", today.minusYears(3).minusDays(40), today.minusDays(41));
        long wv = ngo("World Vision International", "Tổ chức Tầm nhìn Thế giới", "WVI", "US", null,
                List.of("11220", "14030"), List.of("2.2", "2.4"), communes.subList(2, 5));
        paper(wv, "OPERATION_REGISTRATION", "201/GĐK-BNG", today.minusYears(2).minusDays(200), today.plusDays(85));
        log.info("Demo registry ready: 13 organisations with registration papers");
    }

    private long ngo(String original, String vi, String abbreviation, String country, @Nullable String iati,
                     List<String> sectors, List<String> fields, List<String> communes) {
        return organisations.register(new OrganisationDetails(OrganisationKind.FOREIGN_NGO, original, original, vi,
                abbreviation, country, iati, "21", null, null, "Phú Thọ", null, null, null, sectors, fields, communes,
                null), true);
    }

    private void other(OrganisationKind kind, String original, String vi, String abbreviation, String country,
                       @Nullable String iati, List<String> sectors) {
        organisations.register(new OrganisationDetails(kind, original, original, vi, abbreviation, country, iati,
                kind == OrganisationKind.MULTILATERAL ? "40" : "22", null, null, null, null, null, null, sectors,
                List.of(), List.of(), null), true);
    }

    /** A paper whose implementation plan arrived a month after issue, with last year's annual report received. */
    private void paper(long organisation, String kind, String number, LocalDate validFrom, LocalDate validUntil) {
        long id = permits.record(organisation, details(kind, number, validFrom, validUntil));
        permits.receivePlan(id, 0, validFrom.plusDays(30));
        LocalDate lastYear = LocalDate.now(clock).minusYears(1);
        if (!number.startsWith("311/") && !validUntil.isBefore(lastYear.withDayOfYear(1))) {
            organisations.recordAnnualReport(organisation, lastYear.getYear(), lastYear.withMonth(12).withDayOfMonth(15));
        }
    }

    private static PermitDetails details(String kind, String number, LocalDate validFrom, LocalDate validUntil) {
        return new PermitDetails(PermitKind.valueOf(kind), number, "Bộ Ngoại giao", validFrom, validFrom, validUntil,
                "Tỉnh Phú Thọ", List.of(), "Y tế; giáo dục; xã hội");
    }
}
