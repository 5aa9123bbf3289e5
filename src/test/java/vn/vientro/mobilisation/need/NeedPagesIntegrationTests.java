package vn.vientro.mobilisation.need;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.identity.ProvinceAgencies;
import vn.vientro.identity.Staff;
import vn.vientro.mobilisation.NeedStatus;
import vn.vientro.mobilisation.Needs;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue's pages: the form with every error at its field, the need's page with its meter, steps and files. */
@VientroIntegrationTest
class NeedPagesIntegrationTests {

    private static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @LocalServerPort
    int port;

    @Autowired
    CatalogueNeeds needs;

    @Test
    void showsEveryErrorOfTheFormAtItsFieldAndKeepsWhatWasTyped() {
        WebClient commune = Staff.officerOf(ProvinceAgencies.newCommune().id()).browser(port);
        commune.get("/app/mobilisation/needs/new");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("titleEn", "Clean water for the commune");
        form.put("sectors", "12220, 99999");
        form.put("communes", "00000");
        HttpResponse<String> empty = commune.post("/app/mobilisation/needs/new", form);
        assertThat(empty.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(empty.body());
        assertThat(page.select(".is-invalid").eachAttr("id")).contains("titleVi", "summaryVi", "objectivesVi",
                "priorityField", "estimatedCost", "durationMonths", "contactName");
        assertThat(page.select("#titleEn").val()).isEqualTo("Clean water for the commune");
        assertThat(page.select("#titleVi-error").text()).isEqualTo("Nhập tên dự án bằng tiếng Việt.");

        form.putAll(Map.of("titleVi", "Cấp nước sạch cho xã", "summaryVi", "Xây bể lọc.", "objectivesVi",
                "Nước sạch cho 500 hộ.", "priorityField", "2.2", "estimatedCost", "900000000", "durationMonths", "12",
                "contactName", "Lê Văn Toàn", "beneficiariesTotal", "100", "children", "140"));
        Document rules = Jsoup.parse(commune.post("/app/mobilisation/needs/new", form).body());
        assertThat(rules.select(".is-invalid").eachAttr("id")).containsExactlyInAnyOrder("sectors", "communes",
                "children");
        assertThat(rules.select("#sectors-error").text()).contains("99999");
        assertThat(rules.select("#children-error").text()).contains("100");
    }

    @Test
    void aProposerDraftsANeedAndItsPageShowsTheMissingTranslationsAndItsSteps() {
        Staff officer = Staff.officerOf(ProvinceAgencies.newCommune().id());
        WebClient commune = officer.browser(port);
        commune.get("/app/mobilisation/needs/new");
        HttpResponse<String> saved = commune.post("/app/mobilisation/needs/new", Map.of("titleVi",
                "Cấp nước sạch cho xã", "summaryVi", "Xây bể lọc và đường ống.", "objectivesVi",
                "Nước sạch cho 500 hộ.", "priorityField", "2.2", "sectors", "14030", "communes", Needs.commune(),
                "estimatedCost", "900000000", "durationMonths", "12", "contactName", "Lê Văn Toàn",
                "titleEn", "Clean water for the commune"));
        assertThat(saved.statusCode()).isEqualTo(302);
        String detail = WebClient.location(saved);
        assertThat(detail).matches(".*/app/mobilisation/needs/\\d+");
        String needPath = detail.substring(detail.indexOf("/app/"));
        Document page = Jsoup.parse(commune.get(needPath).body());
        assertThat(page.select("#need-status").text()).isEqualTo("Bản nháp");
        assertThat(page.select("#missing-translations li").eachText()).containsExactly("Tóm tắt (tiếng Anh)",
                "Mục tiêu (tiếng Anh)");
        assertThat(page.select(".progress").attr("aria-valuenow")).isEqualTo("33");
        assertThat(page.select("#need-actions a").eachText()).containsExactly("Gửi đề xuất", "Rút khỏi danh mục");
        assertThat(page.select("a[href$=/edit]")).hasSize(1);

        HttpResponse<String> photo = commune.postFile(needPath + "/attachments", "file", "tram-y-te.png",
                "image/png", PNG);
        assertThat(photo.statusCode()).isEqualTo(302);
        assertThat(commune.get(needPath).body()).contains("Đã tải lên tệp.");
        HttpResponse<String> refused = commune.postFile(needPath + "/attachments", "file", "virus.exe",
                "application/octet-stream", "MZ not a paper".getBytes());
        assertThat(refused.statusCode()).isEqualTo(302);
        Document withFiles = Jsoup.parse(commune.get(needPath).body());
        assertThat(withFiles.select("#attachments li").eachText()).containsExactly("tram-y-te.png Ảnh");
        assertThat(withFiles.select("#attachment-file-error").text()).isNotBlank();
        String download = withFiles.select("#attachments li a").attr("href");
        HttpResponse<String> file = commune.get(download);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("image/png");

        commune.get(needPath + "/transitions/submit");
        HttpResponse<String> submitted = commune.post(needPath + "/transitions/submit",
                Map.of("version", Long.toString(version(officer, needPath)), "reason", ""));
        assertThat(submitted.statusCode()).isEqualTo(302);
        Document after = Jsoup.parse(commune.get(needPath).body());
        assertThat(after.select("#need-status").text()).isEqualTo("Đã gửi");
        assertThat(after.select("a[href$=/edit]")).isEmpty();
        assertThat(after.select("#attachments form")).isEmpty();
        assertThat(after.select("#timeline li").text()).contains("Gửi đề xuất").contains(officer.username());
        commune.get(needPath + "/edit");
        Document locked = Jsoup.parse(commune.post(needPath + "/edit", Map.of("version",
                Long.toString(version(officer, needPath)), "titleVi", "Sửa sau khi gửi", "summaryVi", "x",
                "objectivesVi", "x", "priorityField", "2.2", "estimatedCost", "1000", "durationMonths", "3",
                "contactName", "x")).body());
        assertThat(locked.select(".alert-danger").text()).contains("không sửa được");
    }

    @Test
    void theAppraisalLeadSeesWhyAStepIsRefusedAtItsFieldOrAboveTheForm() {
        Staff officer = Staff.officerOf(ProvinceAgencies.newCommune().id());
        long id = Needs.aNeedOf(officer).inVietnameseOnly().submitted();
        WebClient appraiser = Staff.appraiser().browser(port);
        String path = "/app/mobilisation/needs/" + id;
        appraiser.get(path + "/transitions/return");
        Document noReason = Jsoup.parse(appraiser.post(path + "/transitions/return",
                Map.of("version", Long.toString(version(officer, path)), "reason", "")).body());
        assertThat(noReason.select("#reason-error").text()).isEqualTo("Ghi rõ lý do.");
        Document noEnglish = Jsoup.parse(appraiser.post(path + "/transitions/accept",
                Map.of("version", Long.toString(version(officer, path)))).body());
        assertThat(noEnglish.select(".alert-danger").text()).contains("còn thiếu 3 trường bằng tiếng Anh");
        assertThat(noEnglish.select("#missing-translations li")).hasSize(3);
        assertThat(officer.acting(() -> needs.get(id)).status()).isEqualTo(NeedStatus.SUBMITTED);
    }

    @Test
    void aStaleEditIsRefusedWithTheOtherVersionShownAndTheInputKept() {
        Staff officer = Staff.officerOf(ProvinceAgencies.newCommune().id());
        long id = Needs.aNeedOf(officer).draft();
        String path = "/app/mobilisation/needs/" + id + "/edit";
        WebClient first = officer.browser(port);
        first.get(path);
        NeedView read = officer.acting(() -> needs.get(id));
        officer.acting(() -> {
            needs.update(id, read.version(), read.input());
            return null;
        });
        Map<String, String> typed = new LinkedHashMap<>(Map.of("version", Long.toString(read.version()),
                "titleVi", "Tên mới của tôi", "summaryVi", "Tóm tắt", "objectivesVi", "Mục tiêu",
                "priorityField", "2.5", "estimatedCost", "1000000", "durationMonths", "6", "contactName", "A"));
        Document page = Jsoup.parse(first.post(path, typed).body());
        assertThat(page.select("#conflict")).hasSize(1);
        assertThat(page.select("#titleVi").val()).isEqualTo("Tên mới của tôi");
        assertThat(page.select(".alert-danger").text()).isNotBlank();
        assertThat(officer.acting(() -> needs.get(id)).titleVi()).isEqualTo(read.titleVi());
    }

    @Test
    void theEditorShowsTheNeedAsStoredAndSavingItUnchangedKeepsIt() {
        Staff officer = Staff.officerOf(ProvinceAgencies.newCommune().id());
        long id = Needs.aNeedOf(officer).draft();
        String path = "/app/mobilisation/needs/" + id + "/edit";
        WebClient client = officer.browser(port);
        Document editor = Jsoup.parse(client.get(path).body());
        assertThat(editor.select("#sectors").val()).isEqualTo("12220,12230");
        assertThat(editor.select("#communes").val()).isEqualTo(Needs.commune());
        assertThat(editor.select("#estimatedCost").val()).isEqualTo("4500000000.00");
        Map<String, String> asShown = new LinkedHashMap<>();
        editor.select("form[action$=/edit] input[name], form[action$=/edit] textarea[name]")
                .forEach(field -> asShown.put(field.attr("name"), field.val()));
        editor.select("form[action$=/edit] select[name]").forEach(field ->
                asShown.put(field.attr("name"), field.select("option[selected]").val()));
        NeedView before = officer.acting(() -> needs.get(id));
        HttpResponse<String> saved = client.post(path, asShown);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        NeedView after = officer.acting(() -> needs.get(id));
        assertThat(after.sectors()).isEqualTo(before.sectors());
        assertThat(after.communes()).isEqualTo(before.communes());
        assertThat(after.estimatedCost()).isEqualByComparingTo(before.estimatedCost());
        assertThat(after.beneficiaries()).isEqualTo(before.beneficiaries());
        assertThat(after.version()).isEqualTo(before.version() + 1);
    }

    @Test
    void theListFiltersByStatusFieldAndText() {
        Staff officer = Staff.officerOf(ProvinceAgencies.newCommune().id());
        Needs.aNeedOf(officer).titled("Trường mầm non bản Khe Lau", "Khe Lau kindergarten").submitted();
        Needs.aNeedOf(officer).titled("Cầu treo dân sinh suối Nậm Mu", "Nam Mu footbridge").draft();
        WebClient client = officer.browser(port);
        List<String> drafts = Jsoup.parse(client.get("/app/mobilisation/needs?status=DRAFT").body())
                .select("#need-rows a").eachText();
        assertThat(drafts).contains("Cầu treo dân sinh suối Nậm Mu").doesNotContain("Trường mầm non bản Khe Lau");
        List<String> text = Jsoup.parse(client.get("/app/mobilisation/needs?q=khe%20lau").body())
                .select("#need-rows a").eachText();
        assertThat(text).containsExactly("Trường mầm non bản Khe Lau");
        assertThat(Jsoup.parse(client.get("/app/mobilisation/needs?priorityField=2.1").body())
                .select("#need-rows a")).isEmpty();
    }

    private long version(Staff officer, String path) {
        long id = Long.parseLong(path.replaceAll(".*/needs/(\\d+).*", "$1"));
        return officer.acting(() -> needs.get(id)).version();
    }
}
