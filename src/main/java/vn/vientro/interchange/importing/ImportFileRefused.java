package vn.vientro.interchange.importing;

import vn.vientro.interchange.InterchangeProblem;
import vn.vientro.shared.BusinessRuleException;

/** The file as a whole cannot be imported (a DTD, version 1, not an activity file ...); shown at the file field. */
class ImportFileRefused extends BusinessRuleException {

    ImportFileRefused(String messageKey, Object... arguments) {
        super(InterchangeProblem.IATI_FILE_REFUSED, messageKey, "file", arguments);
    }
}
