package vn.vientro.mobilisation.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import vn.vientro.mobilisation.NeedStatus;
import vn.vientro.registry.FunderProfile;
import vn.vientro.registry.OrganisationKind;
import vn.vientro.registry.OrganisationStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The score's parts and the ranking, without the application. */
class ScoringTests {

    private static final LocalDate PAPER = LocalDate.of(2027, 12, 31);
    private final NeedCriteria need = new NeedCriteria(1, "Trạm y tế", "Health station", NeedStatus.PUBLISHED, "2.5",
            List.of("12220", "12230", "13020"), List.of("25252"));

    @Test
    void addsDeclaredInterestsAndPastAidCappedAtFiveItems() {
        Scoring.FunderScore score = Scoring.score(need, funder(1, OrganisationKind.FOREIGN_NGO,
                OrganisationStatus.ACTIVE, List.of("2.5"), List.of("122"), List.of("25252"), PAPER), 9, 2).orElseThrow();
        assertThat(score.score()).isEqualTo(20 + 15 + 10 + 30 + 10);
        assertThat(score.parts()).extracting(MatchPart::reason).containsExactly(MatchReason.PRIORITY_FIELD,
                MatchReason.SECTORS, MatchReason.COMMUNES, MatchReason.PAST_AID, MatchReason.PAST_AID_IN_COMMUNES,
                MatchReason.PAPER_VALID);
        assertThat(score.parts().get(1).codes()).as("the need's categories the organisation declares")
                .containsExactly("122");
        assertThat(score.parts().get(3).count()).isEqualTo(9);
    }

    @Test
    void leavesOutSuspendedCeasedAndUnrelatedOrganisations() {
        for (OrganisationStatus status : List.of(OrganisationStatus.SUSPENDED, OrganisationStatus.TERMINATED,
                OrganisationStatus.REVOKED, OrganisationStatus.EXPIRED)) {
            assertThat(Scoring.score(need, funder(2, OrganisationKind.FOREIGN_NGO, status, List.of("2.5"),
                    List.of("12220"), List.of(), PAPER), 4, 1)).isEmpty();
        }
        assertThat(Scoring.score(need, funder(3, OrganisationKind.FOREIGN_NGO, OrganisationStatus.ACTIVE,
                List.of("2.4"), List.of("11220"), List.of(), PAPER), 0, 0)).as("nothing links it to the need").isEmpty();
    }

    @Test
    void ranksAnNgoWithoutValidPaperAfterEveryOneThatMayWorkWhateverItsScore() {
        Scoring.FunderScore unpapered = Scoring.score(need, funder(4, OrganisationKind.FOREIGN_NGO,
                OrganisationStatus.ACTIVE, List.of("2.5"), List.of("12220"), List.of("25252"), null), 5, 5)
                .orElseThrow();
        Scoring.FunderScore multilateral = Scoring.score(need, funder(5, OrganisationKind.MULTILATERAL,
                OrganisationStatus.UNDER_INSPECTION, List.of(), List.of("12230"), List.of(), null), 0, 0).orElseThrow();
        Scoring.FunderScore papered = Scoring.score(need, funder(6, OrganisationKind.FOREIGN_NGO,
                OrganisationStatus.ACTIVE, List.of("2.5"), List.of(), List.of(), PAPER), 1, 0).orElseThrow();
        assertThat(Stream.of(unpapered, multilateral, papered).sorted(Scoring.RANKING)
                .map(score -> score.funder().id())).containsExactly(6L, 5L, 4L);
        assertThat(unpapered.parts()).extracting(MatchPart::reason).contains(MatchReason.NO_VALID_PAPER);
        assertThat(multilateral.parts()).extracting(MatchPart::reason).as("a multilateral needs no paper")
                .containsExactly(MatchReason.SECTORS, MatchReason.UNDER_INSPECTION);
    }

    private static FunderProfile funder(long id, OrganisationKind kind, OrganisationStatus status, List<String> fields,
                                        List<String> sectors, List<String> communes, @Nullable LocalDate paper) {
        return new FunderProfile(id, "Org " + id, null, null, kind, status, fields, sectors, communes, paper);
    }
}
