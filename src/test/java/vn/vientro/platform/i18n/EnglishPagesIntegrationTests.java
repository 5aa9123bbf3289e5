package vn.vientro.platform.i18n;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.vientro.identity.AgencyView;
import vn.vientro.identity.Agencies;
import vn.vientro.identity.Staff;
import vn.vientro.testing.ApplicationUnderTest;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every staff page, for every role, read in English: no Vietnamese text that has an English value shows — a message
 * whose English differs, or an agency's Vietnamese name where it has an English one. The pages are those the menu
 * leads to and the pages their links lead to, a page or two deep, as a reader would browse. Text marked
 * {@code lang="vi"} is the Vietnamese original shown on purpose beside its English; text marked
 * {@code translate="no"} is a record kept as it was made (a letter as sent).
 */
@VientroIntegrationTest
class EnglishPagesIntegrationTests {

    private static final Pattern VIETNAMESE_LETTER = Pattern.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùýĐ]");
    /** Shorter pieces ("nghĩa vụ báo cáo") recur in the names of records, which are data, not labels. */
    private static final int SHORTEST_PIECE = 18;
    private static final int PAGES_PER_ROLE = 60;
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            ".*(lang=|/export|/content|/download|/scan|\\.docx|\\.xlsx|\\.pdf|/logout|/sign-out|/feed|\\.ics|/decision-file|/attachments/).*");
    /**
     * A report the province issued, shown exactly as it was sent: an official document in Vietnamese (Decree 30/2020),
     * whatever the reader's language.
     */
    private static final Pattern ISSUED_DOCUMENT = Pattern.compile(".*/app/reporting/reports/issued/\\d+$");

    @LocalServerPort
    int port;

    @Test
    void noPageShowsVietnameseThatHasAnEnglishValueToAnEnglishReader() throws IOException {
        Set<String> vietnamese = vietnameseWithEnglishValues();
        Map<String, String> found = new TreeMap<>();
        for (Staff person : List.of(Staff.admin(), Staff.focalPoint(), Staff.appraiser(), Staff.police(),
                Staff.leader(), Staff.officer())) {
            WebClient reader = person.browser(port);
            reader.get("/app?lang=en");
            for (String path : pagesOf(reader)) {
                Document page = Jsoup.parse(reader.get(path).body());
                // the Vietnamese original marked as such beside its English, records shown as they were made
                page.select("main [lang=vi], main [translate=no], main pre.vt-json").remove();
                String text = page.select("main").text();
                vietnamese.stream().filter(text::contains).forEach(piece -> found.putIfAbsent(
                        piece, person.role() + " " + path));
            }
        }
        assertThat(found).as("Vietnamese text on English pages (text → where first seen)").isEmpty();
    }

    /** The pages the menu leads to and, breadth first, the pages theirs do. */
    private List<String> pagesOf(WebClient reader) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> next = new ArrayDeque<>(List.of("/app"));
        List<String> pages = new ArrayList<>();
        while (!next.isEmpty() && pages.size() < PAGES_PER_ROLE) {
            String path = next.poll();
            if (!seen.add(path)) {
                continue;
            }
            var answer = reader.get(path);
            if (answer.statusCode() != 200 || !answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            pages.add(path);
            Document page = Jsoup.parse(answer.body());
            page.select("nav a[href^=/app], main a[href^=/app]").eachAttr("href").stream()
                    .map(href -> href.replaceAll("#.*", ""))
                    .filter(href -> !NOT_A_PAGE.matcher(href).matches() && !ISSUED_DOCUMENT.matcher(href).matches()
                            && !seen.contains(href))
                    .limit(12).forEach(next::add);
        }
        return pages;
    }

    /** Pieces of Vietnamese messages whose English differs, and agencies' Vietnamese names that have English ones. */
    private static Set<String> vietnameseWithEnglishValues() throws IOException {
        Set<String> pieces = new LinkedHashSet<>();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:i18n/*_vi.properties")) {
            Properties vi = load(file);
            Resource englishFile = file.createRelative(file.getFilename().replace("_vi.", "_en."));
            Properties en = englishFile.exists() ? load(englishFile) : new Properties();
            vi.forEach((key, value) -> {
                String english = en.getProperty((String) key);
                if (english != null && !english.equals(value)) {
                    for (String piece : ((String) value).split("\\{\\d+[^}]*}|[«»“”\"()]")) {
                        String trimmed = piece.strip();
                        if (trimmed.length() >= SHORTEST_PIECE && VIETNAMESE_LETTER.matcher(trimmed).find()) {
                            pieces.add(trimmed);
                        }
                    }
                }
            });
        }
        List<AgencyView> agencies = ApplicationUnderTest.bean(Agencies.class).all();
        // a label inside the name of an agency that has no English name ("Sở Kế hoạch và Đầu tư tỉnh … (cũ)") is data
        agencies.stream().filter(agency -> agency.nameEn() == null || agency.nameEn().isBlank())
                .forEach(agency -> pieces.removeIf(agency.nameVi()::contains));
        for (AgencyView agency : agencies) {
            if (agency.nameEn() != null && !agency.nameEn().isBlank()) {
                pieces.add(agency.nameVi());
            }
        }
        return pieces;
    }

    private static Properties load(Resource file) throws IOException {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
