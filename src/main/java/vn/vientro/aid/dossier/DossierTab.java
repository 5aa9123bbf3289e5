package vn.vientro.aid.dossier;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.files.AidFiles;
import vn.vientro.aid.item.AidItemTab;
import vn.vientro.aid.item.AidItemView;

/** The item page's dossier tab: the checklist with uploads and versions, and the signed decisions. */
@Component
class DossierTab implements AidItemTab {

    private final Dossier dossier;
    private final DecisionScans scans;
    private final AidFiles files;
    private final AidPolicy policy;

    DossierTab(Dossier dossier, DecisionScans scans, AidFiles files, AidPolicy policy) {
        this.dossier = dossier;
        this.scans = scans;
        this.files = files;
        this.policy = policy;
    }

    @Override
    public String key() {
        return "dossier";
    }

    @Override
    public String labelKey() {
        return "aid.tab.dossier";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String fragment() {
        return "aid/dossier/tab :: tab";
    }

    @Override
    public void fill(Model model, AidItemView item) {
        DossierView view = dossier.checklist(item.id());
        model.addAttribute("dossier", view);
        model.addAttribute("missingAtSubmission", view.missing(DocumentType.RequiredAt.SUBMISSION));
        model.addAttribute("missingAtDecision", view.missing(DocumentType.RequiredAt.DECISION));
        model.addAttribute("decisionScans", scans.of(item.id()));
        model.addAttribute("mayAttachScans", policy.canAttachDecisionScans(item.id()));
        model.addAttribute("maxMegabytes", files.maxMegabytes());
    }
}
