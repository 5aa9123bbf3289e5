package vn.vientro.platform;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One step of the breadcrumb trail; the last one, without a link, is the current page. */
public record Breadcrumb(String labelKey, @Nullable String href, Object... arguments) {

    public static List<Breadcrumb> trail(Breadcrumb... steps) {
        return List.of(steps);
    }

    public static Breadcrumb link(String labelKey, String href) {
        return new Breadcrumb(labelKey, href);
    }

    public static Breadcrumb here(String labelKey, Object... arguments) {
        return new Breadcrumb(labelKey, null, arguments);
    }
}
