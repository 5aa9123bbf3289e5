package vn.vientro.identity;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Documents name an agency's head by the title stated for it, else by the title usual for its kind. */
@VientroIntegrationTest
class AgencyHeadsIntegrationTests {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    AgencyHeads heads;

    @Test
    void namesTheHeadByTheTitleStatedForTheAgency() {
        AgencyView finance = ProvinceAgencies.finance();

        assertThat(heads.title(finance, VI)).isEqualTo("Giám đốc Sở Tài chính tỉnh Phú Thọ");
        assertThat(heads.title(finance, Locale.ENGLISH)).isEqualTo("Director of the Phu Tho Department of Finance");
    }

    @Test
    void namesTheHeadOfAnAgencyWithoutATitleAsItsKindUsuallyDoes() {
        AgencyView department = ProvinceAgencies.newLineDepartment();
        AgencyView commune = ProvinceAgencies.newCommune();

        assertThat(heads.title(department, VI)).isEqualTo("Giám đốc " + department.nameVi());
        assertThat(heads.title(commune, VI)).isEqualTo("Chủ tịch " + commune.nameVi());
        assertThat(heads.title(department, Locale.ENGLISH)).isEqualTo("Director of the " + department.nameEn());
        assertThat(heads.title(department, VI)).doesNotContain("Thủ trưởng");
    }

    @Test
    void anEnglishReaderGetsTheUsualTitleWhenOnlyTheVietnameseOneIsStated() {
        AgencyView police = ProvinceAgencies.police();

        assertThat(heads.title(police, VI)).isEqualTo("Giám đốc Công an tỉnh Phú Thọ");
        assertThat(heads.title(police, Locale.ENGLISH)).isEqualTo("Director of the Phu Tho Provincial Police");
    }
}
