package vn.vientro.aid.dossier;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.vientro.aid.AidAction;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.TransitionGuard;
import vn.vientro.aid.lifecycle.TransitionRefusedException;

/**
 * A dossier goes in only complete (Decree 80/2020 Art. 8): submission and resubmission wait for every paper required
 * at submission, and the decision is proposed only with the appraisal report. The refusal names what is missing, in
 * the user's language.
 */
@Component
class DossierGuard implements TransitionGuard {

    private final Dossier dossier;

    DossierGuard(Dossier dossier) {
        this.dossier = dossier;
    }

    @Override
    public void check(long itemId, AidKind kind, AidAction action) {
        DocumentType.RequiredAt stage = switch (action) {
            case SUBMIT, RESUBMIT -> DocumentType.RequiredAt.SUBMISSION;
            case PROPOSE_DECISION -> DocumentType.RequiredAt.DECISION;
            default -> null;
        };
        if (stage == null) {
            return;
        }
        List<DocumentType> missing = dossier.missing(itemId, kind, stage);
        if (!missing.isEmpty()) {
            Locale locale = LocaleContextHolder.getLocale();
            String names = missing.stream().map(type -> type.name(locale)).collect(Collectors.joining("; "));
            throw new TransitionRefusedException("aid.dossier.missing." + stage.name(), "documents", names);
        }
    }
}
