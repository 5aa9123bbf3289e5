package vn.vientro.reference.codelist;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.reference.CodelistItem;
import vn.vientro.reference.Codelists;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The countries' Vietnamese names as the running application loaded them from {@code names-vi.csv}. */
@VientroIntegrationTest
class CountryCodelistIntegrationTests {

    private static final String COUNTRY_ROWS = "from reference.codelist_item where list = 'Country'";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** Transliterated syllables are joined by a hyphen, only the first capitalised: Ô-xtrây-li-a, Ghi-nê Bít-xao. */
    private static final Pattern BADLY_WRITTEN = Pattern.compile(
            "^$|^\\s|\\s$|\\s{2}|[.,;:]$|\\s-|-\\s|-\\p{Lu}|^\\p{Ll}");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Codelists codelists;

    @Autowired
    CodelistLoader loader;

    @Test
    void everyCountryHasAVietnameseNameWithdrawnCodesIncluded() {
        List<String> unnamed = jdbc.sql("select code " + COUNTRY_ROWS
                + " and (name_vi is null or btrim(name_vi) = '') order by code").query(String.class).list();
        assertThat(unnamed).as("country codes without a Vietnamese name").isEmpty();
        List<CodelistItem> active = codelists.active(Codelists.COUNTRY);
        assertThat(active).hasSizeGreaterThan(240);
        assertThat(active).as("what a Vietnamese page shows is not the English name")
                .allSatisfy(country -> assertThat(country.name(VIETNAMESE)).isNotEqualTo(country.nameEn()));
        assertThat(codelists.find(Codelists.COUNTRY, "AN")).get().extracting(CodelistItem::withdrawn)
                .as("the withdrawn code is loaded, and so checked above").isEqualTo(true);
    }

    @Test
    void namesAreWellWrittenAndNoTwoCountriesShareOne() {
        Map<String, String> names = jdbc.sql("select code, coalesce(name_vi, '') as name_vi " + COUNTRY_ROWS)
                .query((row, n) -> Map.entry(row.getString("code"), row.getString("name_vi"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(names.entrySet()).filteredOn(entry -> BADLY_WRITTEN.matcher(entry.getValue()).find())
                .as("badly written names").isEmpty();
        Map<String, List<String>> codesByName = names.entrySet().stream().collect(Collectors.groupingBy(
                Map.Entry::getValue, Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
        assertThat(codesByName).as("a name two countries share cannot be told apart in a list")
                .allSatisfy((name, codes) -> assertThat(codes).as(name).hasSize(1));
    }

    @Test
    void countriesAreNamedAsVietnameseOfficialDocumentsNameThem() {
        Map<String, String> expected = Map.ofEntries(Map.entry("US", "Hoa Kỳ"), Map.entry("GB", "Vương quốc Anh"),
                Map.entry("DE", "Đức"), Map.entry("KR", "Hàn Quốc"), Map.entry("KP", "Triều Tiên"),
                Map.entry("AU", "Ô-xtrây-li-a"), Map.entry("RU", "Nga"), Map.entry("BR", "Bra-xin"),
                Map.entry("CD", "Cộng hòa Dân chủ Công-gô"), Map.entry("CG", "Cộng hòa Công-gô"),
                Map.entry("TW", "Đài Loan (Trung Quốc)"), Map.entry("HK", "Hồng Kông (Trung Quốc)"),
                Map.entry("VA", "Tòa Thánh Va-ti-căng"), Map.entry("TR", "Thổ Nhĩ Kỳ"));
        expected.forEach((code, name) -> assertThat(codelists.find(Codelists.COUNTRY, code)).as(code).get()
                .extracting(CodelistItem::nameVi).isEqualTo(name));
    }

    @Test
    void everyNamedCountryCodeExistsOnceInTheBundledList() {
        Set<String> loaded = new HashSet<>(jdbc.sql("select list || ';' || code " + COUNTRY_ROWS)
                .query(String.class).list());
        Set<String> named = VietnameseNamesFile.keysOf(Codelists.COUNTRY::equals);
        assertThat(loaded).as("named but not in the IATI file").containsAll(named);
        assertThat(named).containsExactlyInAnyOrderElementsOf(loaded);
    }

    @Test
    void aDatabaseLoadedWithOnlyTheFirstThirtyNamesTakesEveryNameAtTheNextStart() {
        jdbc.sql("update reference.codelist_item set name_vi = null where list = 'Country' and code in ('BR', 'KP')")
                .update();
        jdbc.sql("update reference.codelist_item set name_vi = 'Liên bang Nga' where list = 'Country' and code = 'RU'")
                .update();
        jdbc.sql("update reference.dataset set checksum = 'thirty country names' where name = 'iati-codelists'")
                .update();

        loader.run(new DefaultApplicationArguments());

        assertThat(codelists.find(Codelists.COUNTRY, "BR")).get().extracting(CodelistItem::nameVi)
                .isEqualTo("Bra-xin");
        assertThat(codelists.find(Codelists.COUNTRY, "KP")).get().extracting(CodelistItem::nameVi)
                .isEqualTo("Triều Tiên");
        assertThat(codelists.find(Codelists.COUNTRY, "RU")).get().extracting(CodelistItem::nameVi).isEqualTo("Nga");
        assertThat(jdbc.sql("select count(*) " + COUNTRY_ROWS + " and name_vi is null").query(Long.class).single())
                .isZero();
    }
}
