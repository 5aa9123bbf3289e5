package vn.vientro.aid.results;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the framework's form pages share: back to the results tab with a message, and a version the form lost. */
final class ResultsPages {

    private ResultsPages() {
    }

    static String done(long itemId, RedirectAttributes redirect, String message) {
        redirect.addFlashAttribute("flashSuccess", message);
        return "redirect:/app/aid/items/" + itemId + "?tab=results";
    }

    /** A form posted without its version cannot match any row: it is treated as stale, never as a blind overwrite. */
    static long version(@Nullable Long version) {
        return version == null ? -1 : version;
    }
}
