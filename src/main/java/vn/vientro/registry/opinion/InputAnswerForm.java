package vn.vientro.registry.opinion;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An agency's input on an opinion, as typed in its row; answered today unless a date is given. */
public record InputAnswerForm(@Nullable OpinionAnswer answer, String answerText,
                              @Nullable LocalDate answeredOn) {

    public InputAnswerForm {
        answerText = answerText == null ? "" : answerText;
    }
}
