package vn.vientro.aid.item;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.AidStatus;
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.platform.FieldErrors;
import vn.vientro.reference.PriorityFields;

/** Fills the aid pages' models: choice lists, the form, the detail page with its tabs. */
@Component
class AidItemPageModel {

    private final ItemFormModel formModel;
    private final PriorityFields priorityFields;
    private final List<AidItemTab> tabs;
    private final List<AidItemHeader> headers;
    private final AidPolicy policy;
    private final AidPortfolio portfolio;
    private final Clock clock;

    AidItemPageModel(ItemFormModel formModel, PriorityFields priorityFields, List<AidItemTab> tabs,
                     List<AidItemHeader> headers, AidPolicy policy, AidPortfolio portfolio, Clock clock) {
        this.portfolio = portfolio;
        this.headers = headers;
        this.policy = policy;
        this.formModel = formModel;
        this.priorityFields = priorityFields;
        this.tabs = tabs.stream().sorted(Comparator.comparingInt(AidItemTab::order)).toList();
        this.clock = clock;
    }

    void listChoices(Model model) {
        model.addAttribute("kinds", AidKind.values());
        model.addAttribute("statuses", AidStatus.values());
        model.addAttribute("priorityFieldChoices", priorityFields.all());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("canDraft", policy.canDraft());
    }

    String form(Model model, AidItemForm form, @Nullable AidItemView item) {
        listChoices(model);
        BoundForms.show(model, "form", form);
        model.addAttribute("item", item);
        Optional<EditRoute> route = item == null ? Optional.of(EditRoute.DRAFTING) : portfolio.editRoute(item.item());
        model.addAttribute("mayEdit", route.isPresent());
        model.addAttribute("correcting", route.filter(EditRoute.CORRECTION::equals).isPresent());
        formModel.fill(model);
        Breadcrumb here = item == null ? Breadcrumb.here("aid.item.new")
                : Breadcrumb.here("aid.item.edit.named", item.item().code());
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.link("aid.items.title", "/app/aid/items"), here));
        return "aid/item/form";
    }

    /** The edit form as the item stands; where its state lets the user change nothing, it says why above the form. */
    String editForm(Model model, AidItemView item) {
        AidItemForm form = AidItemForm.of(item);
        String view = form(model, form, item);
        if (portfolio.editRoute(item.item()).isEmpty()) {
            FieldErrors.reject(BoundForms.rebind(model, "form", form, new BeanPropertyBindingResult(form, "form")),
                    EditRoute.refusal(item.item().status(), policy.correctsDossiers()));
        }
        return view;
    }

    String detail(Model model, AidItemView item, String tab) {
        List<AidItemTab> visible = tabs.stream().filter(t -> t.visibleFor(item)).toList();
        AidItemTab shown = visible.stream().filter(t -> t.key().equals(tab)).findFirst().orElse(visible.get(0));
        model.addAttribute("item", item);
        model.addAttribute("tabs", visible);
        model.addAttribute("tab", shown);
        model.addAttribute("today", LocalDate.now(clock));
        Optional<EditRoute> route = portfolio.editRoute(item.item());
        model.addAttribute("canEdit", route.isPresent());
        model.addAttribute("editCorrects", route.filter(EditRoute.CORRECTION::equals).isPresent());
        headers.forEach(header -> header.decorate(model, item));
        shown.fill(model, item);
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.link("aid.items.title", "/app/aid/items"), Breadcrumb.here("aid.item.named",
                        item.item().code())));
        return "aid/item/detail";
    }
}
