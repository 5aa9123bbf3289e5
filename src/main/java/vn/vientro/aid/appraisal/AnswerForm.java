package vn.vientro.aid.appraisal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The answer form as typed; kept as typed when it comes back with an error. */
public class AnswerForm {

    private @Nullable OpinionAnswer answer;
    private String answerText = "";
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate answeredOn;

    OpinionReply toReply() {
        return new OpinionReply(answer, answerText, answeredOn);
    }

    public @Nullable OpinionAnswer getAnswer() { return answer; }
    public void setAnswer(@Nullable OpinionAnswer answer) { this.answer = answer; }
    public String getAnswerText() { return answerText; }
    public void setAnswerText(String answerText) { this.answerText = answerText; }
    public @Nullable LocalDate getAnsweredOn() { return answeredOn; }
    public void setAnsweredOn(@Nullable LocalDate answeredOn) { this.answeredOn = answeredOn; }
}
