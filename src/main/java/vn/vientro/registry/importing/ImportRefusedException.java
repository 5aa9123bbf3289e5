package vn.vientro.registry.importing;

import vn.vientro.registry.RegistryProblem;
import vn.vientro.shared.BusinessRuleException;

/** The upload as a whole cannot be read: wrong type, too big, a zip bomb, no header ...; shown at the file field. */
class ImportRefusedException extends BusinessRuleException {

    ImportRefusedException(String messageKey, Object... arguments) {
        super(RegistryProblem.IMPORT_FILE_REFUSED, messageKey, "file", arguments);
    }
}
