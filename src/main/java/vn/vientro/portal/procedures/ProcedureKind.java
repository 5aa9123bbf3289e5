package vn.vientro.portal.procedures;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.vientro.aid.AidKind;

/**
 * The procedures the portal publishes: receiving aid, one per way the aid module treats a kind of aid (programmes and
 * projects are appraised, non-project aid more lightly, emergency relief on the fast path of Decree 50/2020), and the
 * duties of a foreign NGO registered to work in the province. Each has its address in both languages and the keys of
 * the time limits in {@link vn.vientro.aid.AidRules#timeLimits()} that apply to it.
 */
public enum ProcedureKind {
    AID_PROGRAMME_PROJECT("tiep-nhan-vien-tro-chuong-trinh-du-an", "receiving-programme-and-project-aid",
            Set.of(AidKind.PROGRAMME, AidKind.INVESTMENT_PROJECT, AidKind.TECHNICAL_ASSISTANCE),
            List.of("completenessCheck", "appraisalInvestment", "appraisalOther", "opinion", "decision")),
    AID_NON_PROJECT("tiep-nhan-vien-tro-phi-du-an", "receiving-non-project-aid", Set.of(AidKind.NON_PROJECT),
            List.of("completenessCheck", "appraisalOther", "opinion", "decision")),
    AID_EMERGENCY_RELIEF("tiep-nhan-vien-tro-khan-cap", "receiving-emergency-relief",
            Set.of(AidKind.EMERGENCY_RELIEF), List.of("emergencyDecision", "emergencyUse")),
    NGO_DUTIES("nghia-vu-cua-to-chuc-phi-chinh-phu-nuoc-ngoai", "duties-of-foreign-ngos", Set.of(), List.of());

    private final String viSlug;
    private final String enSlug;
    private final Set<AidKind> aidKinds;
    private final List<String> limits;

    ProcedureKind(String viSlug, String enSlug, Set<AidKind> aidKinds, List<String> limits) {
        this.viSlug = viSlug;
        this.enSlug = enSlug;
        this.aidKinds = aidKinds;
        this.limits = limits;
    }

    public String viSlug() {
        return viSlug;
    }

    public String enSlug() {
        return enSlug;
    }

    /** The kinds of aid the procedure receives; none for the NGOs' duties. */
    public Set<AidKind> aidKinds() {
        return aidKinds;
    }

    List<String> limits() {
        return limits;
    }

    static Optional<ProcedureKind> bySlug(String slug) {
        for (ProcedureKind kind : values()) {
            if (kind.viSlug.equals(slug) || kind.enSlug.equals(slug)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
