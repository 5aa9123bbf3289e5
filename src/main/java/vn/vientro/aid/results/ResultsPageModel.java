package vn.vientro.aid.results;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import vn.vientro.aid.item.AidItemView;
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.Breadcrumb;

/** Fills the results tab and the pages of one result, indicator or period with what the user may do there. */
@Component
class ResultsPageModel {

    private final Results results;

    ResultsPageModel(Results results) {
        this.results = results;
    }

    void tab(Model model, AidItemView item) {
        model.addAttribute("framework", results.framework(item.id()));
        permissions(model, item);
    }

    /**
     * A form page under the item.
     *
     * @param editTitleKey the page's title, also the breadcrumb's last step; its {@code .view} form for readers
     */
    String page(Model model, AidItemView item, String template, String editTitleKey) {
        permissions(model, item);
        // who may only look is not told they are editing
        String titleKey = !results.mayDefine(item.item()) && editTitleKey.endsWith(".edit")
                ? editTitleKey.replace(".edit", ".view") : editTitleKey;
        model.addAttribute("item", item);
        model.addAttribute("pageTitleKey", titleKey);
        model.addAttribute("levels", ResultLevel.values());
        model.addAttribute("measures", IndicatorMeasure.values());
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.link("aid.items.title", "/app/aid/items"),
                new Breadcrumb("aid.item.named", "/app/aid/items/" + item.id() + "?tab=results", item.item().code()),
                Breadcrumb.here(titleKey)));
        return template;
    }

    /** Someone else saved first: the form keeps what this user typed, at the version now current, and says so. */
    static void conflict(Model model, String name, Object again, BindingResult errors, Object theirs) {
        BoundForms.showAgain(model, name, again, errors);
        model.addAttribute("conflict", theirs);
    }

    private void permissions(Model model, AidItemView item) {
        model.addAttribute("resultsMayDefine", results.mayDefine(item.item()));
        model.addAttribute("resultsMayReport", results.mayReport(item.item()));
    }
}
