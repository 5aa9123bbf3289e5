package vn.vientro.platform;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class CitationsTests {

    private final Citations citations = new Citations();

    @AfterEach
    void forgetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aVietnameseReaderReadsTheCitationWithTheUncheckedNoteTurnedIntoAFlag() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        assertThat(citations.of("Nghị định 80/2020/NĐ-CP, Điều 10 (mặc định, chưa đối chiếu)"))
                .isEqualTo(new Citations.Citation("Nghị định 80/2020/NĐ-CP, Điều 10", null, true));
        assertThat(citations.of("Nghị định 80/2020/NĐ-CP, Điều 7 khoản 1 (lĩnh vực quốc phòng, an ninh, tôn giáo)"))
                .as("a note that is not a flag stays").isEqualTo(new Citations.Citation(
                        "Nghị định 80/2020/NĐ-CP, Điều 7 khoản 1 (lĩnh vực quốc phòng, an ninh, tôn giáo)", null, false));
    }

    @Test
    void anEnglishReaderReadsTheCitationInEnglishWithTheOriginalBeside() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        String source = "Nghị định 80/2020/NĐ-CP, Điều 10 khoản 2 điểm a (mặc định, chưa đối chiếu)";
        assertThat(citations.of(source)).isEqualTo(new Citations.Citation(
                "Decree 80/2020/ND-CP, Article 10 clause 2 point a", source, true));
        assertThat(citations.of("Quy chế quản lý viện trợ PCPNN của tỉnh (S000 mục II.8e): báo cáo quyết toán 6 tháng")
                .text()).isEqualTo("Provincial regulation on foreign non-governmental aid");
        assertThat(citations.of("Bộ luật Lao động 2019, Điều 112 khoản 1 điểm b").text())
                .isEqualTo("Labour Code 2019, Article 112 clause 1 point b");
    }
}
