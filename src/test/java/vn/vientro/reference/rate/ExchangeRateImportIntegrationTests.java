package vn.vientro.reference.rate;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.identity.Staff;
import vn.vientro.reference.ExchangeRate;
import vn.vientro.reference.ExchangeRates;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vientro.reference.rate.CsvUpload.IMPORT;
import static vn.vientro.reference.rate.CsvUpload.upload;
import static vn.vientro.testing.WebClient.location;

/** Each test imports a currency no other test uses: the database is shared by every test class. */
@VientroIntegrationTest
class ExchangeRateImportIntegrationTests {

    private static final String HEADER = "currency,date,vnd_per_unit,source\n";

    @LocalServerPort
    int port;

    @Autowired
    ExchangeRates rates;

    @Test
    void importsAValidFileAndCountsNewRates() {
        WebClient admin = Staff.admin().browser(port);

        HttpResponse<String> response = upload(port, admin, HEADER + """
                INR,2025-01-02,303.25,"Ngân hàng Nhà nước, tỷ giá trung tâm"
                INR,2025-02-03,305.5,Ngân hàng Nhà nước
                INR,2025-03-03,306,Ngân hàng Nhà nước
                """);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith(IMPORT);
        assertThat(admin.get(IMPORT).body())
                .contains("Đã nhập 3 dòng: 3 tỷ giá mới, 0 tỷ giá được cập nhật, 0 dòng không thay đổi.");
        assertThat(rates.list("INR", null, null, 10)).extracting(ExchangeRate::rateDate)
                .containsExactly(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 2, 3), LocalDate.of(2025, 1, 2));
        assertThat(rates.list("INR", null, null, 10).get(2).source()).isEqualTo("Ngân hàng Nhà nước, tỷ giá trung tâm");
    }

    @Test
    void uploadingTheSameFileAgainChangesNothingAndAChangedValueUpdatesInPlace() {
        WebClient admin = Staff.admin().browser(port);
        String file = HEADER + "PHP,2025-01-02,450.10,BIDV\nPHP,2025-02-03,451.20,BIDV\n";
        upload(port, admin, file);
        List<ExchangeRate> before = rates.list("PHP", null, null, 10);

        upload(port, admin, file);
        assertThat(admin.get(IMPORT).body())
                .contains("Đã nhập 2 dòng: 0 tỷ giá mới, 0 tỷ giá được cập nhật, 2 dòng không thay đổi.");
        assertThat(rates.list("PHP", null, null, 10)).isEqualTo(before);

        upload(port, admin, HEADER + "PHP,2025-02-03,452,BIDV\n");
        assertThat(admin.get(IMPORT).body())
                .contains("Đã nhập 1 dòng: 0 tỷ giá mới, 1 tỷ giá được cập nhật, 0 dòng không thay đổi.");
        List<ExchangeRate> after = rates.list("PHP", null, null, 10);
        assertThat(after).hasSize(2);
        assertThat(after.get(0).vndPerUnit()).isEqualByComparingTo("452");
        assertThat(after.get(0).version()).isEqualTo(before.get(0).version() + 1);
    }

    @Test
    void readsABomSemicolonsVietnameseDecimalsAndDates() {
        WebClient admin = Staff.admin().browser(port);
        byte[] text = "currency;date;vnd_per_unit;source\r\nTWD;05/01/2026;1.234,5678;Vietcombank\r\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[text.length + 3];
        content[0] = (byte) 0xEF;
        content[1] = (byte) 0xBB;
        content[2] = (byte) 0xBF;
        System.arraycopy(text, 0, content, 3, text.length);

        assertThat(upload(port, admin, "ty-gia.csv", content).statusCode()).isEqualTo(302);

        ExchangeRate rate = rates.list("TWD", null, null, 10).get(0);
        assertThat(rate.rateDate()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(rate.vndPerUnit()).isEqualByComparingTo("1234.5678");
    }

    @Test
    void reportsEveryInvalidRowWithRowAndColumnAndImportsNothing() {
        WebClient admin = Staff.admin().browser(port);

        HttpResponse<String> response = upload(port, admin, HEADER + """
                LAK,2025-01-02,1.15,BCEL
                LAK,2025-13-02,1.16,BCEL
                QQQ,2025-01-03,x,BCEL
                LAK,2025-01-02,1.17,BCEL
                LAK,2025-01-04,1.18,
                """);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Tệp có 5 lỗi; chưa có dòng nào được nhập.");
        assertThat(Jsoup.parse(response.body()).select("section[aria-labelledby=report-heading] tbody tr")
                .eachText()).containsExactly(
                "3 date Ngày “2025-13-02” không hợp lệ; viết yyyy-MM-dd hoặc dd/MM/yyyy.",
                "4 currency “QQQ” không phải mã tiền tệ ISO 4217 (ví dụ USD, EUR).",
                "4 vnd_per_unit Số “x” không hợp lệ; viết 26345.50 hoặc 26.345,50.",
                "5 date Trùng loại tiền và ngày với dòng 2.",
                "6 source Ô này không được để trống.");
        assertThat(rates.list("LAK", null, null, 10)).as("not even the valid row").isEmpty();
    }

    @Test
    void reportsInEnglishForAnEnglishUser() {
        WebClient admin = Staff.admin().browser(port);
        admin.get("/app/reference/exchange-rates?lang=en");

        HttpResponse<String> response = upload(port, admin, HEADER + "KHR,2025-01-02,abc,NBC\n");

        assertThat(response.body()).contains("Invalid number “abc”; write 26345.50 or 26.345,50.")
                .contains("<th scope=\"col\">Row</th>");
    }

    @Test
    void refusesAZipOrExcelFileWithAClearMessage() {
        WebClient admin = Staff.admin().browser(port);
        byte[] workbook = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, '[', 'C', 'o', 'n', 't', 'e', 'n', 't'};

        HttpResponse<String> response = upload(port, admin, "rates.csv", workbook);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(response.body()).getElementById("file-error").text())
                .startsWith("Đây là tệp nén hoặc bảng tính Excel (.xlsx), không phải CSV.");
        assertThat(response.body()).contains("aria-invalid=\"true\"");
    }

    @Test
    void refusesBinaryContent() {
        WebClient admin = Staff.admin().browser(port);

        HttpResponse<String> response = upload(port, admin, "rates.csv", new byte[] {'c', 'u', 0, 0, 7, 1, 2, 3});

        assertThat(Jsoup.parse(response.body()).getElementById("file-error").text())
                .isEqualTo("Tệp chứa dữ liệu nhị phân, không phải văn bản CSV.");
    }

    @Test
    void refusesAFileOverTwoMegabytesBeforeReadingIt() {
        WebClient admin = Staff.admin().browser(port);
        byte[] big = (HEADER + "HKD,2025-01-02,3200,HSBC\n".repeat(90_000)).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = upload(port, admin, "big.csv", big);

        assertThat(big.length).isGreaterThan(2 * 1024 * 1024);
        assertThat(Jsoup.parse(response.body()).getElementById("file-error").text())
                .isEqualTo("Tệp lớn hơn 2 MB; hãy chia thành nhiều tệp nhỏ hơn.");
        assertThat(rates.list("HKD", null, null, 10)).isEmpty();
    }

    @Test
    void refusesMoreThanTwentyThousandRows() {
        WebClient admin = Staff.admin().browser(port);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 20_001; i++) {
            csv.append("XAG,").append(LocalDate.of(1950, 1, 1).plusDays(i)).append(",1,S\n");
        }

        HttpResponse<String> response = upload(port, admin, csv.toString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Jsoup.parse(response.body()).getElementById("file-error").text())
                .isEqualTo("Tệp có 20001 dòng, vượt quá giới hạn 20000 dòng; hãy chia thành nhiều tệp.");
    }

    @Test
    void importsTwentyThousandRowsInOneGo() {
        WebClient admin = Staff.admin().browser(port);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 20_000; i++) {
            csv.append("XAU,").append(LocalDate.of(1940, 1, 1).plusDays(i)).append(',').append(1000 + i).append(",LBMA\n");
        }

        assertThat(upload(port, admin, csv.toString()).statusCode()).isEqualTo(302);

        assertThat(rates.count("XAU", null, null)).isEqualTo(20_000);
    }

    @Test
    void onlyAdministratorsReachTheImportPage() {
        WebClient focal = Staff.focalPoint().browser(port);

        assertThat(focal.get(IMPORT).statusCode()).isEqualTo(403);
        assertThat(upload(port, focal, HEADER + "CZK,2025-01-02,1100,CNB\n").statusCode()).isEqualTo(403);
        assertThat(rates.list("CZK", null, null, 10)).isEmpty();
    }
}
