package vn.vientro.registry.contact;

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
import vn.vientro.registry.organisation.OrganisationFilter;
import vn.vientro.registry.organisation.OrganisationRegistry;

/**
 * Demo profile only: a dozen invented people of the kinds seed 000 §III.2.2 names (NGO heads of office, an embassy
 * secretary, overseas Vietnamese, an agency focal officer ...) with a few interactions each, dated back from today.
 * Runs after the demo registry, once: skipped when contacts exist. Addresses use example.org domains on purpose.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 40)
class DemoContacts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoContacts.class);

    private final Contacts contacts;
    private final OrganisationRegistry organisations;
    private final Clock clock;

    DemoContacts(Contacts contacts, OrganisationRegistry organisations, Clock clock) {
        this.contacts = contacts;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.asAdministrator("system:demo", () -> {
            if (contacts.list(ContactFilter.all()).total() == 0) {
                seed();
            }
            return null;
        });
    }

    /** An invented person and what was logged with them, {@code daysAgo} counted back from today. */
    private record Person(ContactKind kind, String name, String title, @Nullable String organisation, String email,
                          @Nullable String phone, List<String> languages, String interests, String country,
                          List<Log> logs) {
    }

    private record Log(InteractionKind kind, int daysAgo, String notes) {
    }

    private static final List<Person> PEOPLE = List.of(
            new Person(ContactKind.NGO_STAFF, "Nguyễn Thị Thu Hà", "Trưởng đại diện tại Việt Nam", "VNAH",
                    "thuha.nguyen@example.org", "+84 24 3719 0001", List.of("vi", "en"),
                    "Phục hồi chức năng, hỗ trợ người khuyết tật, xe lăn", "US", List.of(
                    new Log(InteractionKind.VISIT, 40,
                            "Thăm Trung tâm phục hồi chức năng tỉnh, khảo sát nhu cầu xe lăn cho trẻ em."),
                    new Log(InteractionKind.CALL, 12,
                            "Trao đổi tiến độ hồ sơ gia hạn giấy đăng ký hoạt động; hẹn gửi bản dự thảo."))),
            new Person(ContactKind.NGO_STAFF, "Sarah Mitchell", "Giám đốc chương trình khu vực phía Bắc", "SC",
                    "s.mitchell@example.org", "+84 24 3943 0002", List.of("en"),
                    "Giáo dục mầm non, bảo vệ trẻ em", "GB", List.of(
                    new Log(InteractionKind.MEETING, 95,
                            "Làm việc về dự án giáo dục hòa nhập tại hai xã miền núi; thống nhất khảo sát chung."),
                    new Log(InteractionKind.EMAIL, 30,
                            "Gửi danh mục kêu gọi viện trợ năm nay, bản tiếng Anh."))),
            new Person(ContactKind.NGO_STAFF, "Park Ji-hoon", "Trưởng văn phòng tại Việt Nam", "KFHI",
                    "jihoon.park@example.org", "+84 24 3771 0003", List.of("ko", "en", "vi"),
                    "Dinh dưỡng trẻ em, xây trường học vùng khó khăn", "KR", List.of(
                    new Log(InteractionKind.VISIT, 60,
                            "Cùng Sở Giáo dục thăm điểm trường dự kiến xây mới; tổ chức cam kết vốn đối ứng 20%."),
                    new Log(InteractionKind.MEETING, 21,
                            "Họp rà soát kế hoạch năm; đề nghị tỉnh hỗ trợ thủ tục tiếp nhận thiết bị."),
                    new Log(InteractionKind.CALL, 3,
                            "Xác nhận lịch đoàn công tác từ Seoul sang vào tháng tới."))),
            new Person(ContactKind.NGO_STAFF, "Lê Minh Tuấn", "Điều phối viên dự án", "Plan",
                    "tuan.le@example.org", "0912 345 003", List.of("vi", "en"),
                    "Bình đẳng giới, nước sạch trường học", "GB", List.of(
                    new Log(InteractionKind.MEETING, 50,
                            "Báo cáo giữa kỳ dự án nước sạch trường học; đề xuất mở rộng thêm một xã."))),
            new Person(ContactKind.NGO_STAFF, "Trần Thị Bích Ngọc", "Trưởng chương trình phát triển vùng", "WVI",
                    "ngoc.tran@example.org", "0903 222 111", List.of("vi", "en"),
                    "Sinh kế, dinh dưỡng, an ninh lương thực", "US", List.of(
                    new Log(InteractionKind.VISIT, 75,
                            "Giám sát chung mô hình sinh kế chăn nuôi tại xã; người dân phản hồi tích cực."),
                    new Log(InteractionKind.EMAIL, 8,
                            "Nhận báo cáo quý; đề nghị bổ sung số liệu giải ngân theo xã."))),
            new Person(ContactKind.NGO_STAFF, "Vũ Thị Hạnh", "Cán bộ chương trình ứng phó biến đổi khí hậu", "Oxfam",
                    "hanh.vu@example.org", null, List.of("vi", "en"),
                    "Giảm nhẹ rủi ro thiên tai, biến đổi khí hậu", "GB", List.of(
                    new Log(InteractionKind.CALL, 45,
                            "Nhắc tổ chức nộp hồ sơ cấp lại giấy đăng ký đã hết hạn."))),
            new Person(ContactKind.EMBASSY, "Kim Soo-yeon", "Bí thư thứ nhất, Đại sứ quán Hàn Quốc tại Hà Nội", null,
                    "sooyeon.kim@example.org", "+84 24 3831 0007", List.of("ko", "en"),
                    "Hợp tác địa phương, y tế, giáo dục nghề", "KR", List.of(
                    new Log(InteractionKind.VISIT, 120,
                            "Lãnh đạo tỉnh thăm, làm việc tại Đại sứ quán; giới thiệu danh mục kêu gọi viện trợ."),
                    new Log(InteractionKind.EMAIL, 35,
                            "Đại sứ quán gửi thông tin chương trình tài trợ nhỏ năm tới; hạn nộp đề xuất cuối quý."))),
            new Person(ContactKind.OVERSEAS_VIETNAMESE, "Đặng Quốc Hưng", "Giáo sư, Đại học Paris-Saclay", null,
                    "quochung.dang@example.org", "+33 1 6915 0008", List.of("vi", "fr", "en"),
                    "Y tế cộng đồng, đào tạo bác sĩ trẻ, kết nối trí thức kiều bào", "FR", List.of(
                    new Log(InteractionKind.MEETING, 200,
                            "Gặp mặt kiều bào dịp Tết; giáo sư nhận lời kết nối với các bệnh viện tại Pháp."),
                    new Log(InteractionKind.EMAIL, 25,
                            "Giáo sư gửi đề xuất khóa tập huấn y học gia đình cho bác sĩ tuyến xã."))),
            new Person(ContactKind.AGENCY_FOCAL_OFFICER, "Phạm Văn Long",
                    "Phó Trưởng phòng Kế hoạch – Tài chính, Sở Y tế", null,
                    "long.pv@example.org", "0210 3846 009", List.of("vi"),
                    "Đầu mối viện trợ y tế của Sở", "VN", List.of(
                    new Log(InteractionKind.MEETING, 15,
                            "Họp Ban vận động viện trợ; Sở Y tế cập nhật nhu cầu thiết bị cho trạm y tế xã."),
                    new Log(InteractionKind.CALL, 2,
                            "Thống nhất danh sách trạm y tế ưu tiên gửi tổ chức KFHI."))),
            new Person(ContactKind.BUSINESS, "Hoàng Đức Anh", "Giám đốc, Công ty cổ phần Nông sản Hùng Vương", null,
                    "ducanh.hoang@example.org", "0913 456 010", List.of("vi", "en"),
                    "Trách nhiệm xã hội doanh nghiệp, học bổng cho học sinh nghèo", "VN", List.of(
                    new Log(InteractionKind.MEETING, 80,
                            "Doanh nghiệp đề nghị đồng tài trợ dự án nước sạch cùng tổ chức Plan."))),
            new Person(ContactKind.EXPERT, "Maria Schneider", "Chuyên gia nước sạch và vệ sinh môi trường", null,
                    "m.schneider@example.org", "+49 30 2093 0011", List.of("de", "en"),
                    "Cấp nước nông thôn, vệ sinh trường học", "DE", List.of(
                    new Log(InteractionKind.VISIT, 150,
                            "Khảo sát nguồn nước tại ba xã vùng cao; chuyên gia hứa gửi báo cáo kỹ thuật."),
                    new Log(InteractionKind.EMAIL, 110,
                            "Nhận báo cáo kỹ thuật, đã chuyển Sở Nông nghiệp và Môi trường góp ý."))),
            new Person(ContactKind.OVERSEAS_VIETNAMESE, "Lý Văn Thành",
                    "Chủ tịch Hội doanh nhân Việt Nam tại bang Victoria, Úc", null,
                    "thanh.ly@example.org", "+61 3 9650 0012", List.of("vi", "en"),
                    "Quyên góp xây nhà tình nghĩa, học bổng", "AU", List.of(
                    new Log(InteractionKind.CALL, 18,
                            "Hội dự kiến vận động quyên góp 10 căn nhà tình nghĩa; cần danh sách hộ đề xuất."))));

    private void seed() {
        LocalDate today = LocalDate.now(clock);
        for (Person person : PEOPLE) {
            Long organisation = person.organisation() == null ? null : organisation(person.organisation());
            long id = contacts.add(new ContactDetails(person.kind(), person.name(), person.title(), organisation,
                    person.email(), person.phone(), person.languages(), person.interests(), person.country(), null));
            person.logs().forEach(entry -> contacts.recordInteraction(id,
                    new NewInteraction(entry.kind(), today.minusDays(entry.daysAgo()), entry.notes())));
        }
        log.info("Demo contacts ready: {} contacts with interactions", PEOPLE.size());
    }

    private @Nullable Long organisation(String abbreviation) {
        return organisations.list(new OrganisationFilter(null, null, null, null, null, false, abbreviation, 0, 50))
                .rows().stream().filter(o -> abbreviation.equals(o.abbreviation())).map(o -> o.id()).findFirst()
                .orElse(null);
    }
}
