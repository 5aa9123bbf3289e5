package vn.vientro.interchange.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vientro.aid.ItemMatchQueries.MatchableItem;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matching index's similarities are pg_trgm's over the folded names, exactly (the same float), for names alike in
 * the ways Vietnamese project names are, one-letter words, repeats, punctuation, digits and other scripts.
 */
@VientroIntegrationTest
class ItemNameIndexIntegrationTests {

    static final List<String> NAMES = List.of("Dự án nước sạch nông thôn số 27202", "Hỗ trợ rà phá bom mìn số 27202",
            "Hỗ trợ rà phá bom mìn số 27203", "Project 27202", "Project 2720", "a b c", "x",
            "Chương trình giáo dục mầm non", "Nước sạch cho trường học 7",
            "Clean water and sanitation for schools, batch 7", "aaa aaa aaa", "Đà Nẵng — Quảng Nam (2026/27)",
            "Projet des puits Ngọc Quỳnh", "ab1c2 3d", "水利 dự án Ωmega", "Ngoc Quynh, giếng nước");

    @Autowired
    JdbcClient jdbc;

    @Test
    void trigramsAreThoseOfPgTrgm() {
        for (String name : NAMES) {
            String folded = KnownOrganisations.fold(name);
            if (!folded.chars().allMatch(c -> c < 128)) {
                continue; // pg_trgm shows a trigram of other characters as a hash of it; similarities compare them below
            }
            List<String> ours = Stream.of(ItemNameIndex.trigrams(folded)).flatMapToLong(java.util.Arrays::stream)
                    .mapToObj(ItemNameIndexIntegrationTests::text).sorted().toList();
            List<String> theirs = jdbc.sql("select t from unnest(show_trgm(:text)) as t order by t collate \"C\"")
                    .param("text", folded).query(String.class).list();
            assertThat(ours).as(name).isEqualTo(theirs);
        }
    }

    @Test
    void similaritiesAreThoseOfPgTrgmOverTheFoldedNames() {
        List<MatchableItem> items = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            items.add(new MatchableItem(i, 1, null, NAMES.get(i), i % 3 == 0 ? NAMES.get((i + 5) % NAMES.size())
                    : null, null, null, BigDecimal.ONE, "USD"));
        }
        ItemNameIndex index = ItemNameIndex.of(items::forEach);
        ItemNameIndex.Scratch scratch = index.scratch();
        for (String title : Stream.concat(NAMES.stream(), Stream.of("", "   ", "bom min", "nuoc sach so 7"))
                .toList()) {
            Map<Long, Double> ours = new HashMap<>();
            index.forEachSimilar(List.of(title), 0, scratch, (item, similarity) -> ours.put(item.id(), similarity));
            Map<Long, Double> theirs = new HashMap<>();
            for (MatchableItem item : items) {
                double best = Stream.of(item.nameVi(), item.nameEn()).filter(name -> name != null)
                        .mapToDouble(name -> jdbc.sql("select similarity(:a, :b)")
                                .param("a", KnownOrganisations.fold(name)).param("b", KnownOrganisations.fold(title))
                                .query(Double.class).single()).max().orElse(0);
                if (best > 0) { // the driver reads pg_trgm's real as text: compared as the float it is
                    theirs.put(item.id(), (double) (float) best);
                }
            }
            assertThat(ours).as(title).isEqualTo(theirs);
        }
    }

    @Test
    void handsOverOnlyTheItemsAtLeastThisAlike() {
        ItemNameIndex index = ItemNameIndex.of(List.of(
                new MatchableItem(1, 1, null, "Nước sạch nông thôn xã Hòa Bình", null, null, null, BigDecimal.ONE,
                        "USD"),
                new MatchableItem(2, 1, null, "Cấp nước sạch cho trường học vùng cao", null, null, null,
                        BigDecimal.ONE, "USD"))::forEach);
        Map<Long, Double> alike = new HashMap<>();
        index.forEachSimilar(List.of("Nước sạch nông thôn xã Hòa Bình"), 0.5, index.scratch(),
                (item, similarity) -> alike.put(item.id(), similarity));
        assertThat(alike).containsOnlyKeys(1L);
        assertThat(alike.get(1L)).isEqualTo(1.0);
    }

    @Test
    void findsItemsByIdentifierTrimmedAndCaseBlindTheFirstOfSeveral() {
        ItemNameIndex index = ItemNameIndex.of(List.of(
                new MatchableItem(3, 1, " XM-DAC-41114-A ", "Một", null, null, null, BigDecimal.ONE, "USD"),
                new MatchableItem(4, 1, "xm-dac-41114-a", "Hai", null, null, null, BigDecimal.ONE, "USD"))::forEach);
        assertThat(index.byIdentifier("xm-DAC-41114-a")).map(ItemNameIndex.Item::id).contains(3L);
        assertThat(index.byIdentifier("XM-DAC-41114-B")).isEmpty();
        assertThat(index.byIdentifier(null)).isEmpty();
    }

    private static String text(long trigram) {
        return Stream.of(trigram >>> 42, (trigram >>> 21) & 0x1FFFFF, trigram & 0x1FFFFF)
                .map(point -> Character.toString(point.intValue())).collect(Collectors.joining());
    }
}
