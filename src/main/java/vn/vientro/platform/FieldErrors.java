package vn.vientro.platform;

import org.springframework.beans.BeanUtils;
import org.springframework.validation.BindingResult;
import vn.vientro.shared.BusinessRuleException;

/**
 * Puts a broken business rule at the form field it names, or above the form when the form has no such field; every
 * refusal of an input refused at several fields at once.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void reject(BindingResult errors, BusinessRuleException e) {
        e.refusals().forEach(each -> rejectOne(errors, each));
    }

    private static void rejectOne(BindingResult errors, BusinessRuleException e) {
        String field = e.field();
        Object target = errors.getTarget();
        if (field != null && target != null && BeanUtils.getPropertyDescriptor(target.getClass(), field) != null) {
            errors.rejectValue(field, e.messageKey(), e.arguments(), e.messageKey());
        } else {
            errors.reject(e.messageKey(), e.arguments(), e.messageKey());
        }
    }
}
