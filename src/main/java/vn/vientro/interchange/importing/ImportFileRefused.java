package vn.vientro.interchange.importing;

import vn.vientro.interchange.InterchangeProblem;
import vn.vientro.shared.BusinessRuleException;

/** The file as a whole cannot be imported (a DTD, version 1, not an activity file ...); shown at the file field. */
class ImportFileRefused extends BusinessRuleException {

    ImportFileRefused(String messageKey, Object... arguments) {
        this("file", messageKey, arguments);
    }

    private ImportFileRefused(String field, String messageKey, Object[] arguments) {
        super(InterchangeProblem.IATI_FILE_REFUSED, messageKey, field, arguments);
    }

    /** Refused at another field than the file's: the address of a file to fetch. */
    static ImportFileRefused at(String field, String messageKey, Object... arguments) {
        return new ImportFileRefused(field, messageKey, arguments);
    }
}
