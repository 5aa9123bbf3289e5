package vn.vientro.aid.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpinionTallyTests {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 3);
    private static final List<OpinionTally.Row> ROWS = List.of(
            new OpinionTally.Row("Công an tỉnh", DUE, false),
            new OpinionTally.Row("Sở Tài chính", DUE, true),
            new OpinionTally.Row("Sở Y tế", DUE.plusDays(10), false));

    @Test
    void awaitsEveryUnansweredAgencyWhenSilenceIsNotConsent() {
        assertThat(OpinionTally.awaited(ROWS, DUE.plusDays(1), false)).containsExactly("Công an tỉnh", "Sở Y tế");
    }

    @Test
    void takesSilencePastTheDueDateAsConsentWhenTheProvinceSaysSo() {
        assertThat(OpinionTally.awaited(ROWS, DUE, true)).as("on the due day itself")
                .containsExactly("Công an tỉnh", "Sở Y tế");
        assertThat(OpinionTally.awaited(ROWS, DUE.plusDays(1), true)).containsExactly("Sở Y tế");
        assertThat(OpinionTally.awaited(ROWS, DUE.plusDays(11), true)).isEmpty();
    }

    @Test
    void namesAnAgencyAskedOnTwoTopicsOnce() {
        List<OpinionTally.Row> twice = List.of(new OpinionTally.Row("Sở Y tế", DUE, false),
                new OpinionTally.Row("Sở Y tế", DUE, false));
        assertThat(OpinionTally.awaited(twice, DUE, false)).containsExactly("Sở Y tế");
    }
}
