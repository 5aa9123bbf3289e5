package vn.vientro.identity;

import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.CommonProblem;

/** Another record already uses this code or username. */
class DuplicateCodeException extends BusinessRuleException {

    DuplicateCodeException(String field, String value) {
        super(CommonProblem.DUPLICATE, "identity." + field + ".duplicate", field, value);
    }
}
