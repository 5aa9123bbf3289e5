package vn.vientro.reference.codelist;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.reference.CodelistItem;
import vn.vientro.reference.Codelists;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The DAC sectors' Vietnamese names as the running application loaded them from {@code names-vi.csv}. */
@VientroIntegrationTest
class SectorCodelistIntegrationTests {

    private static final String SECTOR_ROWS = "from reference.codelist_item where list in ('Sector', 'SectorCategory')";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Codelists codelists;

    @Autowired
    CodelistLoader loader;

    @Test
    void everySectorAndCategoryHasAVietnameseNameWithdrawnCodesIncluded() {
        List<String> unnamed = jdbc.sql("select list || ' ' || code " + SECTOR_ROWS
                + " and (name_vi is null or btrim(name_vi) = '') order by list, code").query(String.class).list();
        assertThat(unnamed).as("DAC codes without a Vietnamese name").isEmpty();
        assertThat(jdbc.sql("select count(*) " + SECTOR_ROWS + " and withdrawn").query(Long.class).single())
                .as("withdrawn codes are loaded, and so checked above").isGreaterThan(20);
        assertThat(codelists.find(Codelists.SECTOR, "11322")).get().extracting(CodelistItem::nameVi)
                .isEqualTo("Giáo dục trung học phổ thông");
    }

    @Test
    void namesAreSentenceCaseWithoutTrailingPunctuation() {
        List<String> badlyWritten = jdbc.sql("select code || ' ' || name_vi " + SECTOR_ROWS
                + " and (name_vi <> btrim(name_vi) or name_vi ~ '[.,;:]$' or name_vi ~ '  '"
                + " or name_vi ~ ' [[:upper:]][[:lower:]]'"
                + " or left(name_vi, 1) <> upper(left(name_vi, 1)) or name_vi = name_en) order by code")
                .query(String.class).list();
        assertThat(badlyWritten).isEmpty();
    }

    @Test
    void upperSecondaryIsTrungHocPhoThongAndTheHealthCodesOnceMissingAreNamed() {
        assertThat(codelists.sector("11320")).get().extracting(CodelistItem::nameVi)
                .isEqualTo("Giáo dục trung học phổ thông");
        assertThat(codelists.sector("11260")).get().extracting(CodelistItem::nameVi)
                .isEqualTo("Giáo dục trung học cơ sở");
        assertThat(codelists.sector("12182")).get().extracting(CodelistItem::nameVi).isEqualTo("Nghiên cứu y học");
        assertThat(codelists.sector("12310")).get().extracting(CodelistItem::nameVi)
                .isEqualTo("Phòng, chống bệnh không lây nhiễm nói chung");
        for (String code : List.of("12320", "12330", "12340", "12350")) {
            assertThat(codelists.sector(code)).get().extracting(CodelistItem::nameVi, InstanceOfAssertFactories.STRING)
                    .as(code).isNotBlank();
        }
    }

    @Test
    void everyNamedSectorCodeExistsOnceInTheBundledLists() {
        Set<String> loaded = new HashSet<>(jdbc.sql("select list || ';' || code " + SECTOR_ROWS)
                .query(String.class).list());
        Set<String> named = VietnameseNamesFile.keysOf(list -> list.startsWith("Sector"));
        assertThat(loaded).as("named but not in the IATI file").containsAll(named);
        assertThat(named).containsExactlyInAnyOrderElementsOf(loaded);
    }

    @Test
    void aDatabaseLoadedWithOlderNamesTakesTheNewOnesAtTheNextStart() {
        jdbc.sql("update reference.codelist_item set name_vi = 'Giáo dục trung học cơ sở' "
                + "where list = 'Sector' and code = '11320'").update();
        jdbc.sql("delete from reference.codelist_item where list = 'Sector' and code = '12182'").update();
        jdbc.sql("update reference.dataset set checksum = 'names of an older release' where name = 'iati-codelists'")
                .update();

        loader.run(new DefaultApplicationArguments());

        assertThat(codelists.sector("11320")).get().extracting(CodelistItem::nameVi)
                .isEqualTo("Giáo dục trung học phổ thông");
        assertThat(codelists.sector("12182")).get().extracting(CodelistItem::nameVi).isEqualTo("Nghiên cứu y học");
        assertThat(jdbc.sql("select checksum from reference.dataset where name = 'iati-codelists'")
                .query(String.class).single()).isNotEqualTo("names of an older release");
    }
}
