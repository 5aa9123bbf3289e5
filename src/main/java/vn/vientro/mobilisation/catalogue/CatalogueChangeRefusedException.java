package vn.vientro.mobilisation.catalogue;

import org.jspecify.annotations.Nullable;
import vn.vientro.mobilisation.MobilisationProblem;
import vn.vientro.shared.BusinessRuleException;

/** A change the catalogue version's state refuses: it is approved, empty, or the need cannot be listed. */
class CatalogueChangeRefusedException extends BusinessRuleException {

    CatalogueChangeRefusedException(String messageKey, @Nullable String field, Object... arguments) {
        super(MobilisationProblem.CATALOGUE_CHANGE_REFUSED, messageKey, field, arguments);
    }
}
