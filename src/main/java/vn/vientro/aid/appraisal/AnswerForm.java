package vn.vientro.aid.appraisal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** The answer form as typed, with the written reply (optional); kept as typed when it comes back with an error. */
public record AnswerForm(@Nullable OpinionAnswer answer, String answerText,
                         @Nullable LocalDate answeredOn,
                         @Nullable MultipartFile file) {

    public AnswerForm {
        answerText = answerText == null ? "" : answerText;
    }

    static AnswerForm answeredOn(LocalDate day) {
        return new AnswerForm(null, "", day, null);
    }

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
}
