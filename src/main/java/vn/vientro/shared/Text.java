package vn.vientro.shared;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/**
 * Words to show in the reader's language: a message key and its arguments, kept as they are and rendered when read,
 * not when written (a notice stored today is read in English tomorrow). Arguments are plain values the message source
 * formats itself — text, whole numbers, decimals, dates, instants, {@link Money} — or other texts, such as the label
 * of a status ({@code Text.of("aid.status.APPROVED")}). A refusal's text travels with a form kept across a redirect,
 * in the session, so it is serializable.
 */
public record Text(String key, List<Object> arguments) implements MessageSourceResolvable, Serializable {

    public Text {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    public static Text of(String key, Object... arguments) {
        return new Text(key, List.of(arguments));
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
        return arguments.toArray();
    }

    @Override
    public @Nullable String getDefaultMessage() {
        return null;
    }
}
