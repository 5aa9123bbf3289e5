package vn.vientro.aid.amendment;

import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.item.AidItemView;
import vn.vientro.aid.item.AidPortfolio;
import vn.vientro.aid.item.ItemFormModel;
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.Breadcrumb;

/** Fills the models of the amendment pages. */
@Component
class AmendmentPages {

    private final AidPortfolio portfolio;
    private final Amendments amendments;
    private final ItemHistory history;
    private final ItemFormModel formModel;
    private final AidPolicy policy;
    private final Clock clock;

    AmendmentPages(AidPortfolio portfolio, Amendments amendments, ItemHistory history, ItemFormModel formModel,
                   AidPolicy policy, Clock clock) {
        this.portfolio = portfolio;
        this.amendments = amendments;
        this.history = history;
        this.formModel = formModel;
        this.policy = policy;
        this.clock = clock;
    }

    String form(Model model, long itemId, @Nullable AmendmentForm typed) {
        AidItemView item = portfolio.get(itemId);
        model.addAttribute("item", item);
        BoundForms.show(model, "form", typed == null ? AmendmentForm.prefilled(item) : typed);
        formModel.fill(model);
        model.addAttribute("versions", history.versions(itemId));
        breadcrumbs(model, item, Breadcrumb.here("aid.amendment.new"));
        return "aid/amendment/form";
    }

    /** The request and, for those who may act on it, its three forms: the one just refused shown as typed. */
    String detail(Model model, long itemId, long amendmentId) {
        AidItemView item = portfolio.get(itemId);
        Amendment amendment = amendments.get(itemId, amendmentId);
        model.addAttribute("item", item);
        model.addAttribute("amendment", amendment);
        model.addAttribute("comparison", history.comparison(itemId, amendmentId));
        BoundForms.showBlank(model, "noteForm", NoteForm.of(amendment));
        BoundForms.showBlank(model, "approvalForm", ApprovalForm.signedOn(LocalDate.now(clock)));
        BoundForms.showBlank(model, "rejectionForm", RejectionForm.blank());
        model.addAttribute("mayDecide", amendment.isPending() && policy.canDecideAmendment(itemId));
        model.addAttribute("mayNote", amendment.isPending() && policy.canNoteAmendment(itemId));
        model.addAttribute("today", LocalDate.now(clock));
        breadcrumbs(model, item, Breadcrumb.here("aid.amendment.named", amendment.id()));
        return "aid/amendment/detail";
    }

    String compare(Model model, long itemId, int from, int to) {
        AidItemView item = portfolio.get(itemId);
        model.addAttribute("item", item);
        model.addAttribute("comparison", history.compare(itemId, from, to));
        model.addAttribute("versions", history.versions(itemId));
        breadcrumbs(model, item, Breadcrumb.here("aid.version.compare.named", from, to));
        return "aid/amendment/compare";
    }

    private static void breadcrumbs(Model model, AidItemView item, Breadcrumb here) {
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.link("aid.items.title", "/app/aid/items"),
                new Breadcrumb("aid.item.named", "/app/aid/items/" + item.id() + "?tab=amendments",
                        item.item().code()), here));
    }
}
