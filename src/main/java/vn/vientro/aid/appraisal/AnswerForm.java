package vn.vientro.aid.appraisal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** The answer form as typed; kept as typed when it comes back with an error. */
public class AnswerForm {

    private @Nullable OpinionAnswer answer;
    private String answerText = "";
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate answeredOn;
    /** The written reply, optional. */
    private @Nullable MultipartFile file;

    OpinionReply toReply() {
        return new OpinionReply(answer, answerText, answeredOn);
    }

    @Nullable OpinionAttachment attachment() {
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank())) {
            return null;
        }
        try {
            return new OpinionAttachment(String.valueOf(file.getOriginalFilename()), file.getBytes());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public @Nullable OpinionAnswer getAnswer() { return answer; }
    public void setAnswer(@Nullable OpinionAnswer answer) { this.answer = answer; }
    public String getAnswerText() { return answerText; }
    public void setAnswerText(String answerText) { this.answerText = answerText; }
    public @Nullable LocalDate getAnsweredOn() { return answeredOn; }
    public void setAnsweredOn(@Nullable LocalDate answeredOn) { this.answeredOn = answeredOn; }
    public @Nullable MultipartFile getFile() { return file; }
    public void setFile(@Nullable MultipartFile file) { this.file = file; }
}
