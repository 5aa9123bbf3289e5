package vn.vientro.aid.receipt;

import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.vientro.aid.appraisal.AppraisalRules;
import vn.vientro.aid.item.AidPortfolio;
import vn.vientro.shared.NotFoundException;

/**
 * The printable slip of a dossier's receipt (phiếu tiếp nhận hồ sơ), in the layout of Decree 30/2020/NĐ-CP: the
 * receiving body (the appraisal lead), the receipt and check codes, and where to follow the dossier. Printed from the
 * browser; official documents are written in Vietnamese whatever the reader's language.
 */
@Controller
class ReceiptController {

    private final Receipts receipts;
    private final AidPortfolio portfolio;
    private final AppraisalRules rules;

    ReceiptController(Receipts receipts, AidPortfolio portfolio, AppraisalRules rules) {
        this.receipts = receipts;
        this.portfolio = portfolio;
        this.rules = rules;
    }

    @GetMapping("/app/aid/items/{itemId}/receipt")
    String slip(@PathVariable long itemId, Model model) {
        ReceiptView receipt = receipts.of(itemId).orElseThrow(() -> new NotFoundException("receipt", itemId));
        AppraisalRules.Report report = rules.drafts().report();
        model.addAttribute("receipt", receipt);
        model.addAttribute("item", portfolio.get(itemId));
        model.addAttribute("issuerParent", report.issuerParent().toUpperCase(Locale.forLanguageTag("vi")));
        model.addAttribute("issuer", report.issuer().toUpperCase(Locale.forLanguageTag("vi")));
        model.addAttribute("issuerName", report.issuer());
        model.addAttribute("place", rules.drafts().place());
        model.addAttribute("trackingUrl", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
                + "/tra-cuu-ho-so");
        return "aid/receipt/slip";
    }
}
