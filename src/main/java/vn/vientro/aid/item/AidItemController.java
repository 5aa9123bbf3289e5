package vn.vientro.aid.item;

import jakarta.validation.Valid;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vientro.aid.AidKind;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.AidStatus;
import vn.vientro.aid.DossierOrigin;
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.platform.FormPosts;
import vn.vientro.shared.StaleVersionException;

@Controller
@RequestMapping("/app/aid/items")
class AidItemController {

    private final AidPortfolio portfolio;
    private final AidItemPageModel pageModel;
    private final AidItemExport export;
    private final AidPolicy policy;
    private final ListFilterSummary filterSummary;
    private final java.time.Clock clock;

    AidItemController(AidPortfolio portfolio, AidItemPageModel pageModel, AidItemExport export, AidPolicy policy,
                      ListFilterSummary filterSummary, java.time.Clock clock) {
        this.filterSummary = filterSummary;
        this.portfolio = portfolio;
        this.pageModel = pageModel;
        this.export = export;
        this.policy = policy;
        this.clock = clock;
    }

    @GetMapping
    String list(@ModelAttribute("filter") ListParameters parameters, Model model) {
        model.addAttribute("result", portfolio.list(parameters.filter(parameters.pageSize())));
        pageModel.listChoices(model);
        model.addAttribute("appliedFilters", filterSummary.applied(parameters));
        model.addAttribute("pageSizes", ListParameters.PAGE_SIZES);
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.here("aid.items.title")));
        return "aid/item/list";
    }

    /** The list as an Excel file, with the same filters and the same rights as the page. */
    @GetMapping("/export")
    void export(@ModelAttribute("filter") ListParameters parameters, java.util.Locale locale,
                jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"khoan-vien-tro-"
                + java.time.LocalDate.now(clock) + ".xlsx\"");
        export.write(parameters.filter(1000), locale, response.getOutputStream());
    }

    /** A blank form, or one another module pre-filled through the address (a pledge's need), with its origin. */
    @GetMapping("/new")
    @PreAuthorize(AidPolicy.DRAFT)
    String create(@RequestParam MultiValueMap<String, String> query, Model model) {
        AidItemForm form = AidItemForm.prefilled(AidItemForm.blank(policy.ownAgencyAsOwner()), query);
        return originForm(model, form, DossierOrigin.parse(query.getFirst("origin")).orElse(null));
    }

    @PostMapping("/new")
    @PreAuthorize(AidPolicy.DRAFT)
    String draft(@Valid @ModelAttribute("form") AidItemForm form, BindingResult errors,
                 @RequestParam(required = false) @Nullable String origin, Model model, RedirectAttributes redirect) {
        DossierOrigin startedFrom = DossierOrigin.parse(origin).orElse(null);
        return FormPosts.submit(errors, () -> FormPosts.saved(redirect, "aid.item.saved",
                "/app/aid/items/" + portfolio.draft(form.toDetails(), startedFrom)),
                refused -> AidItemForm.reject(errors, refused), () -> originForm(model, form, startedFrom));
    }

    private String originForm(Model model, AidItemForm form, @Nullable DossierOrigin origin) {
        model.addAttribute("origin", origin);
        return pageModel.form(model, form, null);
    }

    @GetMapping("/{itemId}")
    String detail(@PathVariable long itemId, @RequestParam(defaultValue = "summary") String tab, Model model) {
        return pageModel.detail(model, portfolio.get(itemId), tab);
    }

    /** The form as the item stands; where its state lets the user change nothing, it says why above the form. */
    @GetMapping("/{itemId}/edit")
    @PreAuthorize(AidPolicy.DESCRIBE)
    String edit(@PathVariable long itemId, Model model) {
        return pageModel.editForm(model, portfolio.get(itemId));
    }

    @PostMapping("/{itemId}/edit")
    @PreAuthorize(AidPolicy.DESCRIBE)
    String update(@PathVariable long itemId, @Valid @ModelAttribute("form") AidItemForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> {
            try {
                portfolio.update(itemId, form.version() == null ? -1 : form.version(), form.toDetails(),
                        form.reason());
                return FormPosts.saved(redirect, "aid.item.saved", "/app/aid/items/" + itemId);
            } catch (StaleVersionException e) {
                AidItemView current = portfolio.get(itemId);
                model.addAttribute("conflict", current);
                AidItemForm again = form.withVersion(current.item().version()); // saving again keeps what was typed
                BoundForms.showAgain(model, "form", again, errors);
                return pageModel.form(model, again, current);
            }
        }, refused -> AidItemForm.reject(errors, refused), () -> pageModel.form(model, form, portfolio.get(itemId)));
    }

    /** The list's query parameters as typed in the address bar. */
    public static class ListParameters {
        private @Nullable AidStatus status;
        private @Nullable AidKind kind;
        private @Nullable Long donor;
        private @Nullable String field;
        private @Nullable String commune;
        private @Nullable Integer year;
        private boolean mine;
        private boolean overdue;
        private @Nullable String q;
        /** The page sizes a reader may choose; 50 unless chosen. */
        static final List<Integer> PAGE_SIZES = List.of(20, 50, 100);

        private @Nullable String sort;
        private int page;
        private @Nullable Integer size;

        int pageSize() {
            return size != null && PAGE_SIZES.contains(size) ? size : 50;
        }

        AidItemFilter filter(int size) {
            return new AidItemFilter(status, kind, donor, field, commune, year, mine, overdue, q, sort, page, size);
        }

        public @Nullable AidStatus getStatus() { return status; }
        public void setStatus(@Nullable AidStatus status) { this.status = status; }
        public @Nullable AidKind getKind() { return kind; }
        public void setKind(@Nullable AidKind kind) { this.kind = kind; }
        public @Nullable Long getDonor() { return donor; }
        public void setDonor(@Nullable Long donor) { this.donor = donor; }
        public @Nullable String getField() { return field; }
        public void setField(@Nullable String field) { this.field = field; }
        public @Nullable String getCommune() { return commune; }
        public void setCommune(@Nullable String commune) { this.commune = commune; }
        public @Nullable Integer getYear() { return year; }
        public void setYear(@Nullable Integer year) { this.year = year; }
        public boolean isMine() { return mine; }
        public void setMine(boolean mine) { this.mine = mine; }
        public boolean isOverdue() { return overdue; }
        public void setOverdue(boolean overdue) { this.overdue = overdue; }
        public @Nullable String getQ() { return q; }
        public void setQ(@Nullable String q) { this.q = q; }
        public @Nullable String getSort() { return sort; }
        public void setSort(@Nullable String sort) { this.sort = sort; }
        public int getPage() { return page; }
        public void setPage(int page) { this.page = page; }
        public @Nullable Integer getSize() { return size; }
        public void setSize(@Nullable Integer size) { this.size = size; }
    }
}
