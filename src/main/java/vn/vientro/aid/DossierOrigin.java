package vn.vientro.aid;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a dossier was started from, in another module's words: a kind and a number ({@code pledge:12}). It travels as
 * a form field from that module's page to the new-item form and back in {@link AidItemDrafted}; anything else a
 * browser sends is dropped, so it never reaches the event.
 */
public record DossierOrigin(String kind, long id) {

    private static final Pattern SHAPE = Pattern.compile("([a-z]{1,30}):([1-9][0-9]{0,17})");

    public static Optional<DossierOrigin> parse(@Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher matcher = SHAPE.matcher(value);
        return matcher.matches() ? Optional.of(new DossierOrigin(matcher.group(1), Long.parseLong(matcher.group(2))))
                : Optional.empty();
    }

    /** The id, when the origin is of the given kind. */
    public static OptionalLong idOf(@Nullable String value, String kind) {
        return parse(value).filter(origin -> origin.kind().equals(kind)).map(origin -> OptionalLong.of(origin.id()))
                .orElse(OptionalLong.empty());
    }

    public String value() {
        return kind + ":" + id;
    }
}
