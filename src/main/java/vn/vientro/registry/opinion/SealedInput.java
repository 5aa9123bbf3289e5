package vn.vientro.registry.opinion;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * What a security agency answered: kept in {@code registry.sealed_input}, which the general audit trail leaves out (its
 * migration says why); part of its {@link OpinionInput}.
 */
@Table(schema = "registry", name = "sealed_input")
final class SealedInput {

    private final @Nullable OpinionAnswer answer;
    private final @Nullable String answerText;

    SealedInput(@Nullable OpinionAnswer answer, @Nullable String answerText) {
        this.answer = answer;
        this.answerText = answerText;
    }
}
