package vn.vientro.identity;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import vn.vientro.shared.BusinessRuleException;

/** Puts a broken business rule on the form field it concerns, so the page shows it there. */
@Component
class FormErrors {

    void reject(BindingResult errors, BusinessRuleException e) {
        if (e.field() != null && errors.getTarget() != null
                && org.springframework.beans.BeanUtils.getPropertyDescriptor(errors.getTarget().getClass(), e.field()) != null) {
            errors.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
        } else {
            errors.reject(e.messageKey(), e.arguments(), e.messageKey());
        }
    }
}
