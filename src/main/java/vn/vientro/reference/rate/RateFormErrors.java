package vn.vientro.reference.rate;

import org.springframework.beans.BeanUtils;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import vn.vientro.shared.BusinessRuleException;

/** Puts a broken business rule on the form field it concerns, so the page shows it there. */
@Component
class RateFormErrors {

    void reject(BindingResult errors, BusinessRuleException e) {
        Object target = errors.getTarget();
        if (e.field() != null && target != null && BeanUtils.getPropertyDescriptor(target.getClass(), e.field()) != null) {
            errors.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
        } else {
            errors.reject(e.messageKey(), e.arguments(), e.messageKey());
        }
    }
}
