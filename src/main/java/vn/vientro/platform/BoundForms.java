package vn.vientro.platform;

import org.springframework.ui.Model;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Puts a form record in the page model together with what binding it found. Forms are records bound through their
 * constructor; when a value does not convert, Spring's binding result has no target, and a form put in the model
 * under its name would otherwise drop the errors. After someone else saved first, the form shown again carries the
 * version now stored (STYLE §6): saving again overwrites on purpose.
 */
public final class BoundForms {

    private BoundForms() {
    }

    /** Shows {@code form} under {@code name}, with the errors the form posted under that name got, if any. */
    public static void show(Model model, String name, Object form) {
        Object bound = model.asMap().get(BindingResult.MODEL_KEY_PREFIX + name);
        if (bound instanceof BindingResult errors && errors.getTarget() != form) {
            rebind(model, name, form, errors);
        } else {
            model.addAttribute(name, form);
        }
    }

    /**
     * Shows {@code blank} under {@code name} unless the model holds that form already: the form posted to this page
     * and refused, or one kept for it across a redirect ({@link #keep}), which is shown as typed with its errors.
     */
    public static void showBlank(Model model, String name, Object blank) {
        Object shown = model.asMap().get(name);
        show(model, name, shown != null ? shown : blank);
    }

    /**
     * Keeps a refused form and its errors for the page the browser is sent back to, for a form that answers with a
     * redirect either way (a form on a tab of a record's page); that page shows it with {@link #showBlank}. The form
     * and its values travel in the session, so the form is {@link java.io.Serializable}.
     */
    public static void keep(RedirectAttributes redirect, String name, Object form, BindingResult errors) {
        redirect.addFlashAttribute(name, form);
        redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + name, errors);
    }

    /**
     * Shows the form again after someone else saved its record first, and says so above it.
     *
     * @param again  the form as typed, with the version now stored
     * @param errors the binding result of the form as posted
     */
    public static void showAgain(Model model, String name, Object again, BindingResult errors) {
        rebind(model, name, again, errors).reject("record.changedByOther");
    }

    /** Shows {@code form} in place of the bound form, with the errors found on the form as posted. */
    public static BindingResult rebind(Model model, String name, Object form, BindingResult errors) {
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, name);
        if (errors.getTarget() != null && errors instanceof AbstractPropertyBindingResult bound
                && bound.getPropertyAccessor().getConversionService() != null) {
            result.initConversion(bound.getPropertyAccessor().getConversionService());
        }
        result.addAllErrors(errors);
        model.addAttribute(name, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, result);
        return result;
    }
}
