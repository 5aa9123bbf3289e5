package vn.vientro.identity;

import vn.vientro.platform.FieldErrors;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import vn.vientro.shared.BusinessRuleException;

/** Puts a broken business rule on the form field it concerns, so the page shows it there. */
@Component
class FormErrors {

    void reject(BindingResult errors, BusinessRuleException e) {
        FieldErrors.reject(errors, e);
    }
}
