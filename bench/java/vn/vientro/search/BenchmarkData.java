package vn.vientro.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Realistic names for a national-scale registry: foreign NGOs with English and Vietnamese names, Vietnamese and
 * foreign people, registration paper numbers. Seeded, so every run measures the same data.
 */
final class BenchmarkData {

    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thu", "Ngọc", "Quốc", "Thanh", "Hoài"};
    static final String[] GIVEN = {"An", "Bình", "Châu", "Dũng", "Hà", "Hạnh", "Hùng", "Lan", "Linh", "Mai", "Nam",
            "Phương", "Quân", "Sơn", "Thảo", "Trang", "Tuấn", "Vy", "Khoa", "Yến"};
    static final String[] FOREIGN_FIRST = {"John", "Mary", "Anna", "Peter", "Hans", "Sophie", "Kenji", "Min-jun",
            "Olivia", "Lars", "Pierre", "Giulia", "Ahmed", "Emma", "Thomas"};
    static final String[] FOREIGN_LAST = {"Smith", "Müller", "Johansson", "Dubois", "Rossi", "Kim", "Tanaka",
            "Brown", "Nielsen", "García", "Wilson", "Schneider", "Park", "Andersen", "Taylor"};
    static final String[][] TOPICS = {{"Rural Health", "Y tế nông thôn"}, {"Children", "Trẻ em"},
            {"Clean Water", "Nước sạch"}, {"Disability Support", "Hỗ trợ người khuyết tật"},
            {"Education", "Giáo dục"}, {"Disaster Relief", "Cứu trợ thiên tai"}, {"Women Empowerment", "Phụ nữ"},
            {"Malaria Control", "Phòng chống sốt rét"}, {"Forests", "Rừng"}, {"Mine Action", "Rà phá bom mìn"},
            {"Red Cross", "Chữ thập đỏ"}, {"Hope Schools", "Ngôi trường hy vọng"}, {"Elderly Care", "Chăm sóc người cao tuổi"},
            {"Vocational Training", "Dạy nghề"}, {"Community Development", "Phát triển cộng đồng"}};
    static final String[][] COUNTRIES = {{"Germany", "Đức"}, {"Japan", "Nhật Bản"}, {"Korea", "Hàn Quốc"},
            {"Netherlands", "Hà Lan"}, {"Sweden", "Thụy Điển"}, {"Australia", "Ô-xtrây-li-a"}, {"Canada", "Ca-na-đa"},
            {"France", "Pháp"}, {"Norway", "Na Uy"}, {"Switzerland", "Thụy Sĩ"}, {"America", "Hoa Kỳ"},
            {"Britain", "Anh"}};
    static final String[] FORMS = {"Foundation", "Association", "International", "Alliance", "Society", "Fund"};
    static final String[] PROVINCES = {"Hòa Bình", "Vĩnh Phúc", "Phú Thọ", "Đồng Nai", "Bình Phước", "Quảng Trị",
            "Hà Giang", "Điện Biên", "Lào Cai", "Cà Mau"};
    static final Set<String> PERMIT_READERS = Set.of("FOCAL_POINT", "ADMIN", "LEADER", "APPRAISER", "SECURITY");

    private final Random random = new Random(2026);

    List<SearchDocument> organisations(int count) {
        List<SearchDocument> documents = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String[] topic = pick(TOPICS);
            String[] country = pick(COUNTRIES);
            String english = topic[0] + " " + pick(FORMS) + " " + country[0] + (i > 180 ? " " + i : "");
            String vietnamese = "Tổ chức " + topic[1] + " " + country[1] + (i > 180 ? " " + i : "");
            String abbreviation = initials(english);
            String iati = "XM-DAC-" + (40000 + i);
            documents.add(new SearchDocument("organisation", "b" + i, SearchDocument.name(vietnamese),
                    SearchDocument.name("Tổ chức phi chính phủ nước ngoài · " + country[0]), english + " · " + abbreviation + " · " + iati + " · " + pick(PROVINCES),
                    "/app/registry/organisations/" + i, Set.of(SearchDocument.STAFF),
                    String.join(" ", english, vietnamese, abbreviation, iati)));
        }
        return documents;
    }

    List<SearchDocument> permits(int count, int organisations) {
        List<SearchDocument> documents = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String number = (i % 999 + 1) + "/GĐK-BNG-" + (2015 + i % 11) + "-" + i;
            documents.add(new SearchDocument("permit", "b" + i, SearchDocument.name("Giấy đăng ký " + number),
                    SearchDocument.name("Tổ chức số " + (1 + random.nextInt(organisations))), pick(PROVINCES) + " · Y tế; giáo dục",
                    "/app/registry/permits/" + i, PERMIT_READERS, number));
        }
        return documents;
    }

    List<SearchDocument> contacts(int count) {
        List<SearchDocument> documents = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String name = random.nextInt(3) == 0 ? pick(FOREIGN_FIRST) + " " + pick(FOREIGN_LAST)
                    : pick(FAMILY) + " " + pick(MIDDLE) + " " + pick(GIVEN);
            documents.add(new SearchDocument("contact", "b" + i, SearchDocument.name(name),
                    SearchDocument.name("Cán bộ dự án · " + pick(TOPICS)[1]),
                    pick(PROVINCES) + " · tiếng Anh, tiếng Việt", "/app/registry/contacts/" + i,
                    Set.of("FOCAL_POINT", "SECURITY", "ADMIN", "LEADER"), name));
        }
        return documents;
    }

    /** 1,000 mixed queries as people type them: unaccented, with typos, prefixes, identifiers, numbers. */
    List<String> queries(int count) {
        String[] fixed = {"hoi chu thap do", "save the chidren", "Hòa Bình", "to chuc y te nong thon", "nuoc sach",
                "XM-DAC-4", "GĐK-BNG", "nguyen van", "tran thi lan", "mine action", "phong chong sot ret",
                "disabilty support", "foundtion japan", "red cross germany", "tre em", "John Smith", "kim min",
                "giao duc", "truong hy vong", "cuu tro thien tai"};
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            switch (i % 4) {
                case 0 -> queries.add(fixed[random.nextInt(fixed.length)]);
                case 1 -> {
                    String topic = pick(TOPICS)[random.nextInt(2)].toLowerCase();
                    queries.add(topic.substring(0, Math.min(topic.length(), 4 + random.nextInt(4))));
                }
                case 2 -> queries.add("XM-DAC-" + (40000 + 1 + random.nextInt(5000)));
                default -> queries.add(pick(FAMILY) + " " + pick(GIVEN));
            }
        }
        return queries;
    }

    private String[] pick(String[][] values) {
        return values[random.nextInt(values.length)];
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split(" ")) {
            if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
                initials.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return initials.toString();
    }
}
