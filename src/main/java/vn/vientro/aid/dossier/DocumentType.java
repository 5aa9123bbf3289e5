package vn.vientro.aid.dossier;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.vientro.aid.AidKind;
import vn.vientro.registry.OrganisationKind;

/**
 * A kind of paper in an aid item's dossier, as configured in {@code aid-dossier.yml} with its legal source.
 *
 * @param code              stable code used by the API and stored with each upload
 * @param kinds             the kinds of aid whose dossier holds it
 * @param requiredAt        the move it must be there for
 * @param uploadedBy        who uploads it: the aid owner's side or the appraisal lead
 * @param exemptDonorKinds  donors it is not asked of (e.g. foreign government bodies need no legal-status proof)
 * @param internal          shown (beyond its presence) only to the provincial roles, like the appraisal report
 */
public record DocumentType(String code, String nameVi, String nameEn, Set<AidKind> kinds, RequiredAt requiredAt,
                           Uploader uploadedBy, Set<OrganisationKind> exemptDonorKinds, boolean internal,
                           String source) {

    /** When a document must be in the dossier. */
    public enum RequiredAt {
        /** Before the aid owner submits or resubmits the dossier. */
        SUBMISSION,
        /** Before the appraisal lead proposes the decision (added during the appraisal). */
        DECISION
    }

    /** Who puts the document in the dossier. */
    public enum Uploader {
        /** The aid owner's officers, or the focal point acting for them. */
        OWNER,
        /** The appraisal lead. */
        APPRAISER
    }

    public DocumentType {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,63}")) {
            throw new IllegalArgumentException("dossier document code must be UPPER_SNAKE: " + code);
        }
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        exemptDonorKinds = exemptDonorKinds == null ? Set.of() : Set.copyOf(exemptDonorKinds);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    public boolean appliesTo(AidKind kind) {
        return kinds.contains(kind);
    }

    /** Whether this dossier must hold it: the kind of aid needs it and the donor is not exempt. */
    public boolean requiredFor(AidKind kind, @Nullable OrganisationKind donorKind) {
        return appliesTo(kind) && (donorKind == null || !exemptDonorKinds.contains(donorKind));
    }
}
