package vn.vientro.aid.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.vientro.aid.AidProblem;
import vn.vientro.aid.OpinionAnswered;
import vn.vientro.aid.OpinionOverdue;
import vn.vientro.shared.BusinessRuleException;

class OpinionRequestTests {

    private static final LocalDate ASKED = LocalDate.of(2026, 2, 10);
    private static final LocalDate DUE = LocalDate.of(2026, 3, 3);

    @Test
    void isAnsweredOnceAndThenTakesNoOtherAnswerNorAWithdrawal() {
        OpinionRequest request = loaded(false);

        request.answer(OpinionAnswer.AGREE, null, null, DUE, "stc.officer");

        assertThat(request.domainEvents()).containsExactly(new OpinionAnswered(1, 7, false, "appraiser", "stc.officer"));
        assertClosed(() -> request.answer(OpinionAnswer.DISAGREE, "Không đồng ý", null, DUE, "appraiser"));
        assertClosed(() -> request.withdraw(DUE, "appraiser"));
    }

    @Test
    void aWithdrawnRequestTakesNoAnswer() {
        OpinionRequest request = loaded(true);

        request.withdraw(ASKED.plusDays(1), "appraiser");

        assertThat(request.closed()).isTrue();
        assertThat(request.domainEvents()).isEmpty();
        assertClosed(() -> request.answer(OpinionAnswer.AGREE, null, null, DUE, "police"));
    }

    @Test
    void isNoticedOverdueOnceTheDayAfterItsDueDateAndNeverOnceAnswered() {
        OpinionRequest request = loaded(true);

        assertThat(request.noticeOverdue(DUE)).as("due today").isFalse();
        assertThat(request.noticeOverdue(DUE.plusDays(1))).isTrue();
        assertThat(request.noticeOverdue(DUE.plusDays(2))).as("once").isFalse();
        assertThat(request.domainEvents()).containsExactly(new OpinionOverdue(1, 7, true));

        OpinionRequest answered = loaded(false);
        answered.answer(OpinionAnswer.AGREE, null, null, DUE, "appraiser");
        assertThat(answered.noticeOverdue(DUE.plusDays(1))).isFalse();
    }

    /** A request as read back: number 7 on item 1, asked by the appraisal lead. */
    private static OpinionRequest loaded(boolean confidential) {
        return new OpinionRequest(7L, 0L, 1L, 2L, "Sở Tài chính", confidential ? OpinionTopic.SECURITY
                : OpinionTopic.FINANCE, confidential, ASKED, DUE, "appraiser",
                confidential ? SealedOpinion.asking("Câu hỏi") : null);
    }

    private static void assertClosed(Runnable change) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.problem()).isEqualTo(AidProblem.OPINION_CLOSED));
    }
}
