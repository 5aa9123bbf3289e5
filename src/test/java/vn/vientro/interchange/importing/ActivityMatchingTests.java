package vn.vientro.interchange.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.vientro.aid.ItemMatchQueries.MatchableItem;
import vn.vientro.registry.OrganisationKind;
import vn.vientro.registry.OrganisationRef;
import vn.vientro.registry.OrganisationStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An activity's match is the best-scoring of every item, not of the few most alike by name: the donor's own item with
 * a name only somewhat alike beats many more alike items of other donors, as the score's weights say.
 */
class ActivityMatchingTests {

    private static final long DONOR = 7;
    private static final LocalDate START = LocalDate.of(2027, 3, 1);
    private final KnownOrganisations organisations = new KnownOrganisations(List.of(
            new OrganisationRef(DONOR, "Quỹ Hy Vọng", null, OrganisationKind.FOREIGN_NGO, OrganisationStatus.ACTIVE,
                    "GB", "XM-DONOR-7", false)));

    @Test
    void theDonorsOwnItemOfASomewhatAlikeNameBeatsMoreAlikeNamesOfOtherDonors() {
        List<MatchableItem> items = new ArrayList<>();
        for (long id = 1; id <= 8; id++) { // alike names of other donors, their dates and amounts far off
            items.add(item(id, 99, "Nước sạch nông thôn xã Hòa Bình số " + id, START.plusYears(3), "9000000"));
        }
        items.add(item(20, DONOR, "Cấp nước sạch cho trường học vùng cao", START, "250000"));
        ItemNameIndex index = ItemNameIndex.of(items::forEach);

        Optional<ActivityMatching.Match> match = match(index, "XM-DONOR-7", "Nước sạch nông thôn xã Hòa Bình");

        assertThat(match).map(ActivityMatching.Match::itemId).contains(20L);
        assertThat(match).map(ActivityMatching.Match::kind).contains("SCORE");
        assertThat(match.get().score()).isGreaterThanOrEqualTo(ActivityMatching.MATCH);
    }

    @Test
    void anotherDonorsItemMatchesOnlyWithANameAlikeEnoughToReachAMatch() {
        ItemNameIndex index = ItemNameIndex.of(List.of(
                item(1, 99, "Cấp nước sạch cho trường học vùng cao", START, "250000"),
                item(2, 99, "Nước sạch nông thôn xã Hòa Bình", START, "250000"))::forEach);

        assertThat(match(index, "XM-DONOR-7", "Nước sạch nông thôn xã Hòa Bình huyện mới"))
                .map(ActivityMatching.Match::itemId).contains(2L);
        assertThat(match(index, "XM-DONOR-7", "Cấp nước sạch")).isEmpty();
        assertThat(match(index, null, "Giáo dục mầm non")).isEmpty();
    }

    @Test
    void theBestSimilarityOfAnyTitleToAnyNameCounts() {
        ItemNameIndex index = ItemNameIndex.of(List.of(new MatchableItem(1, 99, null, "Dự án khác hẳn số 12",
                "Clean water for the schools of Hoa Binh commune", null, START, new BigDecimal("250000"), "USD"))
                ::forEach);
        ActivityFacts facts = facts("XM-NEW-2", "XM-DONOR-7", "Giáo dục mầm non vùng cao");
        ActivityFacts bilingual = new ActivityFacts(facts.identifier(), "vi", "USD", facts.reportingOrg(),
                Map.of("vi", "Giáo dục mầm non vùng cao", "en", "Clean water for the schools of Hoa Binh commune"),
                Map.of(), List.of(), "2", facts.dates(), null, null, List.of(), List.of(), List.of(), facts.budgets(),
                List.of());

        assertThat(ActivityMatching.match(facts, index, organisations, index.scratch())).isEmpty();
        assertThat(ActivityMatching.match(bilingual, index, organisations, index.scratch()))
                .map(ActivityMatching.Match::itemId).contains(1L);
    }

    @Test
    void ofItemsScoringTheSameTheFirstMatches() {
        ItemNameIndex index = ItemNameIndex.of(List.of(
                item(9, DONOR, "Nước sạch nông thôn xã Hòa Bình", START, "250000"),
                item(4, DONOR, "Nước sạch nông thôn xã Hòa Bình", START, "250000"))::forEach);

        assertThat(match(index, "XM-DONOR-7", "Nước sạch nông thôn xã Hòa Bình"))
                .map(ActivityMatching.Match::itemId).contains(4L);
    }

    @Test
    void anIdentifierMatchesBeforeAnyScore() {
        ItemNameIndex index = ItemNameIndex.of(List.of(
                item(1, DONOR, "Nước sạch nông thôn xã Hòa Bình", START, "250000"),
                new MatchableItem(2, 99, "XM-DONOR-7-A1", "Khác hẳn", null, null, null, BigDecimal.ONE, "USD"))
                ::forEach);

        ActivityFacts facts = facts(" xm-donor-7-a1 ", "XM-DONOR-7", "Nước sạch nông thôn xã Hòa Bình");
        assertThat(ActivityMatching.match(facts, index, organisations, index.scratch()))
                .contains(new ActivityMatching.Match(2, "IDENTIFIER", 1));
    }

    @Test
    void theLeastNameSimilarityIsWhereTheScoreReachesAMatch() {
        for (double donor : new double[] {0, 0.5, 1}) {
            double least = ActivityMatching.leastNameSimilarity(donor);
            assertThat(ActivityMatching.score(least + 1e-6, donor, 1, 1)).isGreaterThanOrEqualTo(ActivityMatching.MATCH);
            assertThat(ActivityMatching.score(least - 1e-6, donor, 1, 1)).isLessThan(ActivityMatching.MATCH);
        }
        assertThat(ActivityMatching.leastNameSimilarity(0)).isBetween(0.63, 0.64);
        assertThat(ActivityMatching.leastNameSimilarity(1)).isBetween(0.27, 0.28);
    }

    private Optional<ActivityMatching.Match> match(ItemNameIndex index, @Nullable String reportingRef, String title) {
        return ActivityMatching.match(facts("XM-NEW-1", reportingRef, title), index, organisations, index.scratch());
    }

    private static MatchableItem item(long id, long donor, String name, LocalDate start, String amount) {
        return new MatchableItem(id, donor, null, name, null, null, start, new BigDecimal(amount), "USD");
    }

    private static ActivityFacts facts(String identifier, @Nullable String reportingRef, String title) {
        return new ActivityFacts(identifier, "vi", "USD", reportingRef == null ? null
                : new ActivityFacts.Org(null, reportingRef, "21", null), Map.of("vi", title), Map.of(), List.of(),
                "2", Map.of("1", START.toString()), null, null, List.of(), List.of(), List.of(),
                List.of(new ActivityFacts.Amount(new BigDecimal("250000"), null, null, null, null)), List.of());
    }
}
