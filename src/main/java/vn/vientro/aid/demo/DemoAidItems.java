package vn.vientro.aid.demo;

import static vn.vientro.aid.AidKind.EMERGENCY_RELIEF;
import static vn.vientro.aid.AidKind.INVESTMENT_PROJECT;
import static vn.vientro.aid.AidKind.NON_PROJECT;
import static vn.vientro.aid.AidKind.PROGRAMME;
import static vn.vientro.aid.AidKind.TECHNICAL_ASSISTANCE;

import java.time.LocalDate;
import java.util.List;
import vn.vientro.aid.AidStatus;

/**
 * The projects named in seed 003 (a province's 2023 mobilisation plan) and a few more, as aid items in the states a
 * real portfolio shows, dated relative to today.
 */
final class DemoAidItems {

    private DemoAidItems() {
    }

    static List<DemoItem> all(LocalDate today) {
        return List.of(
                new DemoItem("VNAH", null, "SYT", TECHNICAL_ASSISTANCE,
                        "Chương trình thực thi chính sách và trị liệu cho người khuyết tật (DIRECT), giai đoạn mở rộng",
                        "Disability-Inclusive Policy and Rehabilitation Therapy (DIRECT), extension phase",
                        "Thực thi chính sách hỗ trợ người khuyết tật; phục hồi chức năng tại cộng đồng",
                        "850000", "USD", "1200000000", List.of("16010 60", "12220 40"), 0,
                        LocalDate.of(2024, 4, 1), LocalDate.of(2026, 12, 31), AidStatus.IMPLEMENTING,
                        LocalDate.of(2024, 1, 22), LocalDate.of(2024, 3, 15), 4200),
                new DemoItem("HPA", null, "SYT", TECHNICAL_ASSISTANCE,
                        "Dự án phòng chống sốt rét cho dân di biến động khu vực biên giới",
                        "Malaria control for mobile and migrant populations in border areas",
                        "Giảm mắc và tử vong do sốt rét ở nhóm dân di biến động", "320000", "GBP", null,
                        List.of("12262 100"), 1, LocalDate.of(2025, 1, 1), LocalDate.of(2027, 6, 30),
                        AidStatus.IMPLEMENTING, LocalDate.of(2024, 10, 7), LocalDate.of(2024, 12, 2), 15000),
                new DemoItem("GF", null, "SYT", PROGRAMME,
                        "Sáng kiến khu vực ngăn chặn và loại trừ sốt rét kháng thuốc Artemisinin (RAI)",
                        "Regional Artemisinin-resistance Initiative (RAI)",
                        "Ngăn chặn và loại trừ sốt rét kháng thuốc Artemisinin", "1200000", "USD", "2500000000",
                        List.of("12262 80", "12281 20"), 2, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31),
                        AidStatus.COMPLETED, LocalDate.of(2024, 1, 8), LocalDate.of(2024, 2, 20), 60000),
                new DemoItem("UNOPS", null, "SYT", TECHNICAL_ASSISTANCE,
                        "Tăng cường sự tham gia của y tế tư nhân trong phòng chống và loại trừ sốt rét",
                        "Private-sector engagement in malaria control and elimination",
                        "Huy động cơ sở y tế tư nhân báo cáo và điều trị ca bệnh sốt rét", "180000", "USD", null,
                        List.of("12262 100"), 3, LocalDate.of(2024, 2, 1), LocalDate.of(2025, 1, 31),
                        AidStatus.CLOSED, LocalDate.of(2024, 1, 10), LocalDate.of(2024, 1, 30), 800),
                new DemoItem("GF", "SCDI", "SYT", TECHNICAL_ASSISTANCE,
                        "Tăng cường sự tham gia của cộng đồng trong phòng chống và loại trừ sốt rét",
                        "Community engagement in malaria control and elimination",
                        "Mạng lưới cộng đồng phát hiện sớm và theo dõi ca bệnh", "240000", "USD", null,
                        List.of("12262 70", "15150 30"), 4, today.plusMonths(2), today.plusMonths(26),
                        AidStatus.SUBMITTED, today.minusDays(2), null, 9000),
                new DemoItem("CSIP", null, "UBND-P-VINHPHUC", TECHNICAL_ASSISTANCE,
                        "Nâng cao chất lượng cuộc sống của người khuyết tật tại các vùng bị phun rải nặng chất da cam",
                        "Improving the quality of life of people with disabilities in areas heavily sprayed with Agent Orange",
                        "Hỗ trợ sinh kế, phục hồi chức năng và hòa nhập xã hội", "400000", "USD", "600000000",
                        List.of("16010 70", "12220 30"), 0, LocalDate.of(2026, 2, 1), LocalDate.of(2028, 1, 31),
                        AidStatus.APPROVED, LocalDate.of(2025, 12, 10), LocalDate.of(2026, 1, 15), 1500),
                new DemoItem("PSI", null, "SYT", TECHNICAL_ASSISTANCE,
                        "Tăng cường đóng góp của khối tư nhân trong quản lý ca bệnh sốt rét tiểu vùng sông Mê Kông",
                        "Private-sector malaria case management in the Greater Mekong Subregion",
                        "Quản lý ca bệnh sốt rét tại nhà thuốc và phòng khám tư", "210000", "USD", null,
                        List.of("12262 100"), 5, today.plusMonths(3), today.plusMonths(27), AidStatus.RETURNED,
                        today.minusDays(12), null, 2500),
                new DemoItem("GF", null, "BVDK-TINH", PROGRAMME, "Dự án phòng chống lao",
                        "Tuberculosis control programme", "Phát hiện, điều trị và quản lý người bệnh lao",
                        "950000", "USD", "1800000000", List.of("12263 100"), 1, LocalDate.of(2024, 7, 1),
                        LocalDate.of(2027, 6, 30), AidStatus.IMPLEMENTING, LocalDate.of(2024, 4, 2),
                        LocalDate.of(2024, 6, 10), 12000),
                new DemoItem("AHF", null, "BVDK-TINH", TECHNICAL_ASSISTANCE,
                        "Dự án chăm sóc và điều trị bệnh nhân HIV/AIDS", "HIV/AIDS care and treatment",
                        "Điều trị ARV và chăm sóc người sống chung với HIV", "260000", "USD", null,
                        List.of("13040 100"), 2, today.plusMonths(1), today.plusMonths(37),
                        AidStatus.PENDING_DECISION, today.minusDays(40), null, 1800),
                new DemoItem("KFHI", null, "SGDDT", INVESTMENT_PROJECT, "Dự án Ngôi trường hy vọng Samsung",
                        "Samsung Hope School", "Xây dựng trường học cho trẻ em vùng khó khăn", "1500000000",
                        "KRW", "3000000000", List.of("11220 100"), 3, today.plusMonths(4), today.plusMonths(22),
                        AidStatus.UNDER_APPRAISAL, today.minusDays(30), null, 600),
                new DemoItem("SC", null, "UBND-P-VINHPHUC", EMERGENCY_RELIEF,
                        "Viện trợ khẩn cấp khắc phục hậu quả lũ quét", "Emergency relief after the flash floods",
                        "Nước sạch, lương thực và bộ dụng cụ vệ sinh cho hộ bị ảnh hưởng", "60000", "USD", null,
                        List.of("72010 100"), 4, today.minusDays(10), today.plusMonths(2), AidStatus.APPROVED,
                        today.minusDays(9), today.minusDays(7), 3000),
                new DemoItem("Oxfam", null, "LHHN", NON_PROJECT,
                        "Hỗ trợ sinh kế cho phụ nữ dân tộc thiểu số", "Livelihoods for ethnic-minority women",
                        "Trang thiết bị và vốn sinh kế cho hội phụ nữ xã", "95000", "EUR", null,
                        List.of("31120 60", "15170 40"), 5, today.plusMonths(3), today.plusMonths(15),
                        AidStatus.DOSSIER_DRAFT, today, null, 700),
                new DemoItem("WVI", null, "UBND-P-VINHPHUC", TECHNICAL_ASSISTANCE,
                        "Chương trình phát triển vùng vì trẻ em", "Area programme for children",
                        "Dinh dưỡng, giáo dục và bảo vệ trẻ em", "500000", "USD", null,
                        List.of("11220 50", "12240 50"), 0, LocalDate.of(2024, 9, 1), LocalDate.of(2027, 8, 31),
                        AidStatus.SUSPENDED, LocalDate.of(2024, 6, 3), LocalDate.of(2024, 8, 12), 5000),
                new DemoItem("Plan", null, "SGDDT", TECHNICAL_ASSISTANCE,
                        "Giáo dục kỹ năng sống cho học sinh trung học cơ sở", "Life skills for lower-secondary pupils",
                        "Kỹ năng sống và phòng chống bạo lực học đường", "150000", "USD", null,
                        List.of("11220 100"), 1, LocalDate.of(2026, 9, 1), LocalDate.of(2028, 8, 31),
                        AidStatus.REFUSED, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 6, 19), 2000));
    }
}
