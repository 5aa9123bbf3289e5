package vn.vientro.mobilisation.need;

import java.util.List;
import vn.vientro.mobilisation.MobilisationProblem;
import vn.vientro.shared.BusinessRuleException;

/**
 * The need lacks an English text the bilingual catalogue requires. The message says how many; the need's page and
 * editor name which, at their fields.
 */
class TranslationMissingException extends BusinessRuleException {

    TranslationMissingException(List<String> missing) {
        super(MobilisationProblem.TRANSLATION_MISSING, "mobilisation.translation.missing", null, missing.size());
    }
}
