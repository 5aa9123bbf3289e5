package vn.vientro.mobilisation.need;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vientro.identity.ProvinceAgencies;
import vn.vientro.identity.Staff;
import vn.vientro.mobilisation.CatalogueVersions;
import vn.vientro.mobilisation.MobilisationProblem;
import vn.vientro.mobilisation.NeedAction;
import vn.vientro.mobilisation.NeedStatus;
import vn.vientro.mobilisation.Needs;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.StaleVersionException;
import vn.vientro.testing.Today;
import vn.vientro.testing.VientroIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vientro.mobilisation.Needs.take;

/** A need's workflow, each step with who may take it and what it needs; the timeline records each. */
@VientroIntegrationTest
class NeedWorkflowIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    CatalogueNeeds needs;

    private final Staff commune = Staff.officerOf(ProvinceAgencies.newCommune().id());
    private final Staff appraiser = Staff.appraiser();

    @Test
    void takesANeedFromDraftThroughReturnToFundedRecordingEachStep() {
        long id = Needs.aNeedOf(commune).draft();
        assertThat(view(id).status()).isEqualTo(NeedStatus.DRAFT);
        take(commune, id, NeedAction.SUBMIT, NeedStep.none());
        take(appraiser, id, NeedAction.RETURN, NeedStep.because("Bổ sung ảnh hiện trạng trạm y tế."));
        assertThat(view(id).status()).isEqualTo(NeedStatus.RETURNED);
        take(commune, id, NeedAction.RESUBMIT, NeedStep.because("Đã bổ sung ảnh."));
        take(appraiser, id, NeedAction.ACCEPT, NeedStep.none());
        LocalDate signed = Today.inProvince().minusDays(3);
        CatalogueVersions.approving("1234/QĐ-UBND", signed, id); // the one way a need is approved
        Staff focal = Staff.focalPoint();
        take(focal, id, NeedAction.PUBLISH, NeedStep.none());
        take(focal, id, NeedAction.FUND, new NeedStep(null, null, null, null, 4711L, null));

        NeedView funded = view(id);
        assertThat(funded.status()).isEqualTo(NeedStatus.FUNDED);
        assertThat(funded.decisionNumber()).isEqualTo("1234/QĐ-UBND");
        assertThat(funded.decisionDate()).isEqualTo(signed);
        assertThat(funded.aidItemId()).isEqualTo(4711L);
        List<NeedTimelineEntry> timeline = appraiser.acting(() -> needs.timeline(id));
        assertThat(timeline).extracting(NeedTimelineEntry::action).containsExactly(NeedAction.SUBMIT,
                NeedAction.RETURN, NeedAction.RESUBMIT, NeedAction.ACCEPT, NeedAction.APPROVE, NeedAction.PUBLISH,
                NeedAction.FUND);
        assertThat(timeline.get(1).actor()).isEqualTo(appraiser.username());
        assertThat(timeline.get(1).reason()).isEqualTo("Bổ sung ảnh hiện trạng trạm y tế.");
        assertThat(timeline.get(1).fromStatus()).isEqualTo(NeedStatus.SUBMITTED);
        assertThat(timeline.get(1).toStatus()).isEqualTo(NeedStatus.RETURNED);
        assertThat(timeline.get(4).referenceNumber()).isEqualTo("1234/QĐ-UBND");
        assertThat(timeline.get(6).aidItemId()).isEqualTo(4711L);
        assertThat(timeline).allSatisfy(entry -> assertThat(entry.occurredAt()).isNotNull());
    }

    @Test
    void withdrawsWithAReasonOnly() {
        long id = Needs.aNeedOf(commune).accepted(appraiser);
        assertRefused(() -> take(appraiser, id, NeedAction.WITHDRAW, NeedStep.none()),
                MobilisationProblem.NEED_TRANSITION_REFUSED, "mobilisation.transition.reason.required");
        assertRefused(() -> take(appraiser, id, NeedAction.WITHDRAW, NeedStep.because("   ")),
                MobilisationProblem.NEED_TRANSITION_REFUSED, "mobilisation.transition.reason.required");
        take(appraiser, id, NeedAction.WITHDRAW, NeedStep.because("Đã được ngân sách tỉnh bố trí vốn."));
        assertThat(view(id).status()).isEqualTo(NeedStatus.WITHDRAWN);
        assertThat(appraiser.acting(() -> needs.timeline(id))).last()
                .satisfies(entry -> assertThat(entry.reason()).isEqualTo("Đã được ngân sách tỉnh bố trí vốn."));
        assertRefused(() -> take(commune, id, NeedAction.SUBMIT, NeedStep.none()),
                MobilisationProblem.NEED_TRANSITION_REFUSED, "mobilisation.transition.notFromStatus");
    }

    @Test
    void returnsWithAReasonOnly() {
        long id = Needs.aNeedOf(commune).submitted();
        assertRefused(() -> take(appraiser, id, NeedAction.RETURN, NeedStep.none()),
                MobilisationProblem.NEED_TRANSITION_REFUSED, "mobilisation.transition.reason.required");
        assertThat(view(id).status()).isEqualTo(NeedStatus.SUBMITTED);
    }

    @Test
    void refusesStepsTheStateDoesNotAllow() {
        long id = Needs.aNeedOf(commune).draft();
        assertRefused(() -> take(appraiser, id, NeedAction.ACCEPT, NeedStep.none()),
                null, null); // a draft is not the appraisal lead's to see: refused before the state is asked
        take(commune, id, NeedAction.SUBMIT, NeedStep.none());
        assertRefused(() -> take(commune, id, NeedAction.SUBMIT, NeedStep.none()),
                MobilisationProblem.NEED_TRANSITION_REFUSED, "mobilisation.transition.notFromStatus");
        assertRefused(() -> take(Staff.focalPoint(), id, NeedAction.PUBLISH, NeedStep.none()),
                MobilisationProblem.NEED_TRANSITION_REFUSED, "mobilisation.transition.notFromStatus");
        assertRefused(() -> take(Staff.leader(), id, NeedAction.APPROVE,
                        new NeedStep(null, "1/QĐ-UBND", Today.inProvince(), null, null, null)),
                MobilisationProblem.NEED_TRANSITION_REFUSED, "mobilisation.transition.notFromStatus");
        assertThat(view(id).status()).isEqualTo(NeedStatus.SUBMITTED);
        assertThat(appraiser.acting(() -> needs.timeline(id))).hasSize(1);
    }

    @Test
    void approvesANeedOnlyThroughTheCatalogueVersionThatListsIt() {
        long id = Needs.aNeedOf(commune).accepted(appraiser);
        Staff leader = Staff.leader();
        assertThat(leader.acting(() -> needs.available(id))).doesNotContain(NeedAction.APPROVE);
        assertRefused(() -> take(leader, id, NeedAction.APPROVE, new NeedStep(null, "9/QĐ-UBND",
                        Today.inProvince(), null, null, null)),
                MobilisationProblem.NEED_TRANSITION_REFUSED, "mobilisation.transition.approve.inCatalogue");
        assertThat(leader.browser(port).get("/app/mobilisation/needs/" + id + "/transitions/approve").statusCode())
                .as("no page offers the step the catalogue takes").isEqualTo(404);
        assertThat(view(id).status()).isEqualTo(NeedStatus.ACCEPTED);
    }

    @Test
    void onlyTheRoleOfEachStepTakesIt() {
        long id = Needs.aNeedOf(commune).submitted();
        for (Staff wrong : List.of(commune, Staff.focalPoint(), Staff.leader())) {
            assertRefused(() -> take(wrong, id, NeedAction.ACCEPT, NeedStep.none()), null, null);
        }
        assertRefused(() -> take(appraiser, id, NeedAction.RESUBMIT, NeedStep.none()), null, null);
        assertThat(view(id).status()).isEqualTo(NeedStatus.SUBMITTED);
    }

    @Test
    void acceptsAndApprovesOnlyWithTheEnglishTexts() {
        long id = Needs.aNeedOf(commune).inVietnameseOnly().submitted();
        NeedView vietnameseOnly = view(id);
        assertThat(vietnameseOnly.translations().missing()).containsExactly("titleEn", "summaryEn", "objectivesEn");
        assertThat(vietnameseOnly.translations().percent()).isZero();
        assertRefused(() -> take(appraiser, id, NeedAction.ACCEPT, NeedStep.none()),
                MobilisationProblem.TRANSLATION_MISSING, "mobilisation.translation.missing");
        assertThat(view(id).status()).isEqualTo(NeedStatus.SUBMITTED);

        take(appraiser, id, NeedAction.RETURN, NeedStep.because("Bổ sung bản tiếng Anh."));
        NeedInput withTitle = withEnglish(view(id), "Upgrading the commune health station", null);
        commune.acting(() -> {
            needs.update(id, view(id).version(), withTitle);
            return null;
        });
        NeedView partly = view(id);
        assertThat(partly.translations().missing()).containsExactly("summaryEn", "objectivesEn");
        assertThat(partly.translations().percent()).isEqualTo(33);
        take(commune, id, NeedAction.RESUBMIT, NeedStep.none());
        assertRefused(() -> take(appraiser, id, NeedAction.ACCEPT, NeedStep.none()),
                MobilisationProblem.TRANSLATION_MISSING, "mobilisation.translation.missing");

        take(appraiser, id, NeedAction.RETURN, NeedStep.because("Còn thiếu tóm tắt và mục tiêu tiếng Anh."));
        NeedInput complete = withEnglish(view(id), "Upgrading the commune health station", "Fewer referrals.");
        commune.acting(() -> {
            needs.update(id, view(id).version(), complete);
            return null;
        });
        assertThat(view(id).translations().percent()).isEqualTo(100);
        take(commune, id, NeedAction.RESUBMIT, NeedStep.none());
        take(appraiser, id, NeedAction.ACCEPT, NeedStep.none());
        assertThat(view(id).status()).isEqualTo(NeedStatus.ACCEPTED);
    }

    @Test
    void refusesAStaleEditAndAnEditOfASubmittedNeed() {
        long id = Needs.aNeedOf(commune).draft();
        NeedView read = view(id);
        NeedInput first = read.input();
        commune.acting(() -> {
            needs.update(id, read.version(), first);
            return null;
        });
        assertThatThrownBy(() -> commune.acting(() -> {
            needs.update(id, read.version(), first);
            return null;
        })).isInstanceOf(StaleVersionException.class);
        take(commune, id, NeedAction.SUBMIT, NeedStep.none());
        assertRefused(() -> commune.acting(() -> {
            needs.update(id, view(id).version(), first);
            return null;
        }), MobilisationProblem.NEED_LOCKED, "mobilisation.need.locked");
    }

    private NeedView view(long id) {
        return commune.acting(() -> needs.get(id));
    }

    /** The need's input with English texts: the title, the summary and objectives as given (null leaves them out). */
    private static NeedInput withEnglish(NeedView need, String title, String rest) {
        NeedInput input = need.input();
        return new NeedInput(input.version(), input.titleVi(), title, input.summaryVi(), rest, input.objectivesVi(),
                rest, input.priorityField(), input.sectors(), input.communes(), input.beneficiariesTotal(),
                input.poorHouseholds(), input.children(), input.peopleWithDisabilities(), input.ethnicMinorities(),
                input.women(), input.estimatedCost(), input.foreignAmount(), input.foreignCurrency(),
                input.counterpart(), input.durationMonths(), input.contactName(), input.contactPhone(),
                input.contactEmail());
    }

    /** Refused with that problem and message; a null problem means refused as not permitted. */
    private static void assertRefused(Runnable step, MobilisationProblem problem, String messageKey) {
        if (problem == null) {
            assertThatThrownBy(step::run)
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
            return;
        }
        assertThatThrownBy(step::run).isInstanceOfSatisfying(BusinessRuleException.class, refused -> {
            assertThat(refused.problem()).isEqualTo(problem);
            assertThat(refused.messageKey()).isEqualTo(messageKey);
        });
    }
}
