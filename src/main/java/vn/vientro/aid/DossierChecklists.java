package vn.vientro.aid;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.vientro.aid.dossier.Dossier;
import vn.vientro.aid.dossier.DocumentType;

/**
 * The papers an aid owner submits for each kind of aid, as the dossier configuration ({@code aid-dossier.yml}) lists
 * them with their legal sources: public knowledge, so it asks for no role (the portal publishes it with the
 * procedures). Papers the appraisal lead adds during the appraisal are not the applicant's and are left out.
 */
@Component
public class DossierChecklists {

    private final Dossier dossier;

    DossierChecklists(Dossier dossier) {
        this.dossier = dossier;
    }

    /** The papers the owner submits for aid of any of these kinds, in the configuration's order. */
    public List<Paper> forKinds(Set<AidKind> kinds) {
        return dossier.types().stream()
                .filter(type -> type.uploadedBy() == DocumentType.Uploader.OWNER && !type.internal())
                .filter(type -> kinds.stream().anyMatch(type::appliesTo))
                .map(type -> new Paper(type.code(), type.nameVi(), type.nameEn(),
                        kinds.stream().filter(type::appliesTo).toList(),
                        type.requiredAt() == DocumentType.RequiredAt.SUBMISSION, !type.exemptDonorKinds().isEmpty(),
                        type.source()))
                .toList();
    }

    /**
     * One paper of the dossier.
     *
     * @param kinds            those of the asked kinds that need it
     * @param withSubmission   due with the dossier (otherwise before the decision is proposed)
     * @param someDonorsExempt not asked of some donors (such as foreign government bodies)
     */
    public record Paper(String code, String nameVi, String nameEn, List<AidKind> kinds, boolean withSubmission,
                        boolean someDonorsExempt, String source) {

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
        }
    }
}
