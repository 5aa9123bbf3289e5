package vn.vientro.aid.results;

import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vientro.shared.NotFoundException;

/** What the framework's form pages share: back to the results tab with a message, and a version the form lost. */
final class ResultsPages {

    private ResultsPages() {
    }

    static String done(long itemId, RedirectAttributes redirect, String message) {
        redirect.addFlashAttribute("flashSuccess", message);
        return "redirect:/app/aid/items/" + itemId + "?tab=results";
    }

    /** Someone removed what the user was changing: back to the tab, saying so; there is nothing left to save into. */
    static String gone(long itemId, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashWarning", "aid.results.goneByOther");
        return "redirect:/app/aid/items/" + itemId + "?tab=results";
    }

    /** The row as it is now, or nothing when it was removed meanwhile. */
    static <T> Optional<T> stillThere(Supplier<T> read) {
        try {
            return Optional.of(read.get());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** A form posted without its version cannot match any row: it is treated as stale, never as a blind overwrite. */
    static long version(@Nullable Long version) {
        return version == null ? -1 : version;
    }
}
