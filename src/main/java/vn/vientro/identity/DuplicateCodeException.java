package vn.vientro.identity;

import vn.vientro.shared.BusinessRuleException;

/** Another record already uses this code or username. */
class DuplicateCodeException extends BusinessRuleException {

    DuplicateCodeException(String field, String value) {
        super("duplicate", "identity." + field + ".duplicate", field, value);
    }
}
