package vn.vientro.platform;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vientro.shared.BusinessRuleException;

/**
 * How a page's form post ends: a form that bound without errors is saved, and the browser sent on with a word of
 * success (post, redirect, get); a rule the save broke is shown at its field, or above the form, and the form is
 * shown again with what was typed.
 */
public final class FormPosts {

    private FormPosts() {
    }

    /**
     * @param save  saves the form and answers where to go next, usually {@link #saved}
     * @param again shows the form again, as posted
     */
    public static String submit(BindingResult errors, Supplier<String> save, Supplier<String> again) {
        return submit(errors, save, refused -> FieldErrors.reject(errors, refused), again);
    }

    /** The same, for a form that puts a broken rule at its field its own way. */
    public static String submit(BindingResult errors, Supplier<String> save, Consumer<BusinessRuleException> reject,
                                Supplier<String> again) {
        if (!errors.hasErrors()) {
            try {
                return save.get();
            } catch (BusinessRuleException e) {
                reject.accept(e);
            }
        }
        return again.get();
    }

    /**
     * Sends the browser back to {@code path} with the refused form kept ({@link BoundForms#keep}), for a form on a
     * record's page that answers with a redirect either way.
     */
    public static String kept(RedirectAttributes redirect, String name, Object form, BindingResult errors,
                              String path) {
        BoundForms.keep(redirect, name, form, errors);
        return "redirect:" + path;
    }

    /** Sends the browser to {@code path}, where the page says {@code messageKey} once. */
    public static String saved(RedirectAttributes redirect, String messageKey, String path) {
        redirect.addFlashAttribute("flashSuccess", messageKey);
        return "redirect:" + path;
    }
}
