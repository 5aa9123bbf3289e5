package vn.vientro.aid.appraisal;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * What a confidential opinion says: the question asked and the answer given. Kept in {@code aid.sealed_opinion}, which
 * the general audit trail leaves out (its migration says why); part of its {@link OpinionRequest}.
 */
@Table(schema = "aid", name = "sealed_opinion")
final class SealedOpinion {

    private final @Nullable String question;
    private final @Nullable OpinionAnswer answer;
    private final @Nullable String answerText;
    private final @Nullable Long answerFileId;

    SealedOpinion(@Nullable String question, @Nullable OpinionAnswer answer, @Nullable String answerText,
                  @Nullable Long answerFileId) {
        this.question = question;
        this.answer = answer;
        this.answerText = answerText;
        this.answerFileId = answerFileId;
    }

    static SealedOpinion asking(@Nullable String question) {
        return new SealedOpinion(question, null, null, null);
    }

    SealedOpinion answered(OpinionAnswer given, @Nullable String text, @Nullable Long fileId) {
        return new SealedOpinion(question, given, text, fileId);
    }
}
