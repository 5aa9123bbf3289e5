package vn.vientro.aid.receipt;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.vientro.aid.appraisal.AppraisalRules;
import vn.vientro.aid.item.AidPortfolio;
import vn.vientro.platform.DocumentTemplates;
import vn.vientro.shared.NotFoundException;

/**
 * The printable slip of a dossier's receipt (phiếu tiếp nhận hồ sơ), in the layout of Decree 30/2020/NĐ-CP: the
 * receiving body (the appraisal lead), the receipt and check codes, and where to follow the dossier. Printed from the
 * browser (rendered by DocumentTemplates as the drafts are); official documents are written in Vietnamese whatever the reader's language.
 */
@Controller
class ReceiptController {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Receipts receipts;
    private final AidPortfolio portfolio;
    private final AppraisalRules rules;
    private final DocumentTemplates templates;

    ReceiptController(Receipts receipts, AidPortfolio portfolio, AppraisalRules rules, DocumentTemplates templates) {
        this.receipts = receipts;
        this.portfolio = portfolio;
        this.rules = rules;
        this.templates = templates;
    }

    @GetMapping("/app/aid/items/{itemId}/receipt")
    ResponseEntity<String> slip(@PathVariable long itemId) {
        ReceiptView receipt = receipts.of(itemId).orElseThrow(() -> new NotFoundException("receipt", itemId));
        AppraisalRules.Report report = rules.drafts().report();
        Map<String, Object> model = new HashMap<>();
        model.put("receipt", receipt);
        model.put("item", portfolio.get(itemId));
        model.put("issuerParent", report.issuerParent().toUpperCase(VI));
        model.put("issuer", report.issuer().toUpperCase(VI));
        model.put("place", rules.drafts().place());
        model.put("trackingUrl", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
                + "/tra-cuu-ho-so");
        // the dateline: a leading zero for days below 10 and for January and February (Decree 30/2020, Appendix I)
        model.put("day", String.format(Locale.ROOT, "%02d", receipt.issuedOn().getDayOfMonth()));
        int month = receipt.issuedOn().getMonthValue();
        model.put("month", month < 3 ? String.format(Locale.ROOT, "%02d", month) : Integer.toString(month));
        model.put("itemUrl", "/app/aid/items/" + itemId);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(templates.render("aid/receipt/slip", model, VI));
    }
}
