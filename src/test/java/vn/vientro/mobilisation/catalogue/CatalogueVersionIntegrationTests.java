package vn.vientro.mobilisation.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.vientro.identity.ProvinceAgencies;
import vn.vientro.identity.Staff;
import vn.vientro.mobilisation.CatalogueVersions;
import vn.vientro.mobilisation.MobilisationProblem;
import vn.vientro.mobilisation.NeedAction;
import vn.vientro.mobilisation.NeedStatus;
import vn.vientro.mobilisation.Needs;
import vn.vientro.mobilisation.need.CatalogueNeeds;
import vn.vientro.mobilisation.need.NeedStep;
import vn.vientro.mobilisation.need.NeedTimelineEntry;
import vn.vientro.mobilisation.need.NeedView;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.StaleVersionException;
import vn.vientro.testing.Today;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vientro.mobilisation.Needs.take;

/** Versions of a period's catalogue: compiled, approved by decision, frozen as approved, compared with the previous. */
@VientroIntegrationTest
class CatalogueVersionIntegrationTests {

    @Autowired
    Catalogues catalogues;

    @Autowired
    CatalogueNeeds needs;

    @Autowired
    JdbcClient jdbc;

    private final Staff commune = Staff.officerOf(ProvinceAgencies.newCommune().id());
    private final Staff appraiser = Staff.appraiser();
    private final Staff leader = Staff.leader();
    private final Staff focal = Staff.focalPoint();

    @Test
    void approvingAVersionApprovesTheNeedsItAddsByItsDecision() {
        long need = Needs.aNeedOf(commune).accepted(appraiser);
        LocalDate signed = Today.inProvince().minusDays(2);
        long version = CatalogueVersions.approving("77/QĐ-UBND", signed, need);

        NeedView approved = commune.acting(() -> needs.get(need));
        assertThat(approved.status()).isEqualTo(NeedStatus.APPROVED);
        assertThat(approved.decisionNumber()).isEqualTo("77/QĐ-UBND");
        assertThat(approved.decisionDate()).isEqualTo(signed);
        List<NeedTimelineEntry> timeline = commune.acting(() -> needs.timeline(need));
        NeedTimelineEntry step = timeline.get(timeline.size() - 1);
        assertThat(step.action()).isEqualTo(NeedAction.APPROVE);
        assertThat(step.actor()).startsWith("leader-");
        assertThat(step.referenceNumber()).isEqualTo("77/QĐ-UBND");
        VersionHeader header = commune.acting(() -> catalogues.version(version)).header();
        assertThat(header.status()).isEqualTo(CatalogueVersionStatus.APPROVED);
        assertThat(header.decisionDate()).isEqualTo(signed);
        assertThat(header.approvedBy()).isEqualTo(step.actor());
    }

    @Test
    void anApprovedVersionKeepsWhatItApprovedWhenItsNeedsChangeLater() {
        long funded = Needs.aNeedOf(commune).titled("Hệ thống nước sạch cho trường học vùng cao",
                "Clean water for upland schools").accepted(appraiser);
        long withdrawn = Needs.aNeedOf(commune).accepted(appraiser);
        long period = CatalogueVersions.aPeriod();
        long first = CatalogueVersions.approved(period, "100/QĐ-UBND", Today.inProvince().minusDays(30), funded,
                withdrawn);
        VersionView before = commune.acting(() -> catalogues.version(first));

        take(focal, funded, NeedAction.PUBLISH, NeedStep.none());
        take(focal, funded, NeedAction.FUND, new NeedStep(null, null, null, null, 99L, null));
        take(appraiser, withdrawn, NeedAction.WITHDRAW, NeedStep.because("Ngân sách tỉnh đã bố trí."));
        // no screen changes an approved need's words; a correction made in the database must not reach the version
        jdbc.sql("update mobilisation.need set title_vi = 'Tên đã sửa', estimated_cost_amount = 1 where id = :id")
                .param("id", funded).update();

        VersionView after = commune.acting(() -> catalogues.version(first));
        assertThat(after).isEqualTo(before);
        assertThat(after.listed()).extracting(CatalogueEntry::titleVi)
                .contains("Hệ thống nước sạch cho trường học vùng cao").doesNotContain("Tên đã sửa");
        assertThat(after.listed()).allSatisfy(entry -> assertThat(entry.cost()).isEqualByComparingTo("4500000000"));
        assertThat(after.totalCostVnd().amount()).isEqualByComparingTo("9000000000");
    }

    @Test
    void aRevisionCarriesWhatStillCallsForAidAndTellsWhatChanged() {
        long kept = Needs.aNeedOf(commune).accepted(appraiser);
        long funded = Needs.aNeedOf(commune).accepted(appraiser);
        long withdrawn = Needs.aNeedOf(commune).accepted(appraiser);
        long period = CatalogueVersions.aPeriod();
        long first = CatalogueVersions.approved(period, "1/QĐ-UBND", Today.inProvince().minusDays(400), kept,
                funded, withdrawn);
        take(focal, funded, NeedAction.FUND, new NeedStep(null, null, null, null, 7L, null));
        take(appraiser, withdrawn, NeedAction.WITHDRAW, NeedStep.because("Không còn nhu cầu."));
        long added = Needs.aNeedOf(commune).accepted(appraiser);
        long second = CatalogueVersions.approved(period, "2/QĐ-UBND", Today.inProvince().minusDays(5), added);

        assertThat(CatalogueVersions.listedNeeds(second)).containsExactlyInAnyOrder(kept, added);
        CatalogueChanges changes = commune.acting(() -> catalogues.changes(second));
        assertThat(changes.previousRevision()).isEqualTo(1);
        assertThat(changes.added()).extracting(CatalogueEntry::needId).containsExactly(added);
        assertThat(changes.withdrawn()).extracting(CatalogueEntry::needId).containsExactly(withdrawn);
        assertThat(changes.funded()).extracting(CatalogueEntry::needId).containsExactly(funded);
        CatalogueChanges firstChanges = commune.acting(() -> catalogues.changes(first));
        assertThat(firstChanges.previousRevision()).isNull();
        assertThat(firstChanges.added()).extracting(CatalogueEntry::needId)
                .containsExactlyInAnyOrder(kept, funded, withdrawn);
        assertThat(firstChanges.withdrawn()).isEmpty();
        assertThat(CatalogueVersions.listedNeeds(first)).containsExactlyInAnyOrder(kept, funded, withdrawn);
    }

    @Test
    void approvesOnlyWithTheDecisionsNumberAndADateThatHasCome() {
        long need = Needs.aNeedOf(commune).accepted(appraiser);
        long version = CatalogueVersions.draft(CatalogueVersions.aPeriod(), need);
        assertRefused(() -> approve(version, NeedStep.none()), "mobilisation.transition.decisionNumber.required");
        assertRefused(() -> approve(version, new NeedStep(null, "9/QĐ-UBND", null, null, null, null)),
                "mobilisation.transition.decisionDate.required");
        assertRefused(() -> approve(version, new NeedStep(null, "9/QĐ-UBND", Today.inProvince().plusDays(1), null,
                null, null)), "mobilisation.transition.decisionDate.future");
        assertThat(commune.acting(() -> needs.get(need)).status()).isEqualTo(NeedStatus.ACCEPTED);
        assertThat(appraiser.acting(() -> catalogues.version(version)).header().status())
                .isEqualTo(CatalogueVersionStatus.DRAFT);
    }

    @Test
    void refusesAnEmptyVersionASecondDraftANeedNotAcceptedAndAChangeOfAnApprovedVersion() {
        long period = CatalogueVersions.aPeriod();
        long empty = CatalogueVersions.draft(period);
        assertRefused(() -> approve(empty, decision()), "mobilisation.catalogue.version.empty");
        assertRefused(() -> appraiser.acting(() -> catalogues.openVersion(period)),
                "mobilisation.catalogue.version.draftExists");
        long submitted = Needs.aNeedOf(commune).submitted();
        assertRefused(() -> include(empty, submitted), "mobilisation.catalogue.need.notAccepted");
        long accepted = Needs.aNeedOf(commune).accepted(appraiser);
        include(empty, accepted);
        approve(empty, decision());
        assertRefused(() -> include(empty, Needs.aNeedOf(commune).accepted(appraiser)),
                "mobilisation.catalogue.version.frozen");
        assertRefused(() -> approve(empty, decision()), "mobilisation.catalogue.version.frozen");
    }

    @Test
    void refusesAStaleChangeOfADraft() {
        long version = CatalogueVersions.draft(CatalogueVersions.aPeriod());
        long seen = CatalogueVersions.currentVersion(version);
        long first = Needs.aNeedOf(commune).accepted(appraiser);
        appraiser.acting(() -> {
            catalogues.include(version, seen, first);
            return null;
        });
        long second = Needs.aNeedOf(commune).accepted(appraiser);
        assertThatThrownBy(() -> appraiser.acting(() -> {
            catalogues.include(version, seen, second);
            return null;
        })).isInstanceOf(StaleVersionException.class);
        assertThat(appraiser.acting(() -> catalogues.included(version))).containsExactly(first);
    }

    @Test
    void theAppraisalLeadCompilesTheLeaderApprovesAndAnAgencyReadsOnlyApprovedVersions() {
        long period = CatalogueVersions.aPeriod();
        long need = Needs.aNeedOf(commune).accepted(appraiser);
        for (Staff wrong : List.of(commune, leader, focal)) {
            assertThatThrownBy(() -> wrong.acting(() -> catalogues.openVersion(period)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> wrong.acting(() -> catalogues.openPeriod(2090, 2094)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        long version = CatalogueVersions.draft(period, need);
        for (Staff wrong : List.of(commune, appraiser, focal)) {
            assertThatThrownBy(() -> wrong.acting(() -> {
                catalogues.approve(version, CatalogueVersions.currentVersion(version), decision());
                return null;
            })).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> commune.acting(() -> catalogues.version(version)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(commune.acting(() -> catalogues.versions(period))).isEmpty();
        assertThat(focal.acting(() -> catalogues.versions(period))).hasSize(1);
        approve(version, decision());
        assertThat(commune.acting(() -> catalogues.version(version)).listed()).hasSize(1);
        assertThat(commune.acting(() -> catalogues.versions(period))).extracting(VersionRow::listed)
                .containsExactly(1L);
        assertThat(commune.acting(() -> catalogues.versions(period)).get(0).totalCost())
                .isEqualByComparingTo(new BigDecimal("4500000000"));
    }

    private void approve(long version, NeedStep decision) {
        leader.acting(() -> {
            catalogues.approve(version, CatalogueVersions.currentVersion(version), decision);
            return null;
        });
    }

    private void include(long version, long need) {
        appraiser.acting(() -> {
            catalogues.include(version, CatalogueVersions.currentVersion(version), need);
            return null;
        });
    }

    private static NeedStep decision() {
        return new NeedStep(null, "5/QĐ-UBND", Today.inProvince(), null, null, null);
    }

    private static void assertRefused(Runnable change, String messageKey) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(BusinessRuleException.class, refused -> {
            assertThat(refused.problem()).isIn(MobilisationProblem.CATALOGUE_CHANGE_REFUSED,
                    MobilisationProblem.NEED_TRANSITION_REFUSED);
            assertThat(refused.messageKey()).isEqualTo(messageKey);
        });
    }
}
