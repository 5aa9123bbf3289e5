package vn.vientro.reporting.pivot;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ContentDisposition;
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
import vn.vientro.platform.FormPosts;
import vn.vientro.reporting.ReportingPolicy;
import vn.vientro.reporting.pivot.SavedPivotQueries.SavedPivotRow;
import vn.vientro.shared.StaleVersionException;

/** The pivot builder's page, its Excel export and its saved pivots. */
@Controller
@RequestMapping("/app/reporting/pivot")
class PivotController {

    private final Pivots pivots;
    private final PivotPageModel pageModel;
    private final PivotExcel excel;
    private final Clock clock;

    PivotController(Pivots pivots, PivotPageModel pageModel, PivotExcel excel, Clock clock) {
        this.pivots = pivots;
        this.pageModel = pageModel;
        this.excel = excel;
        this.clock = clock;
    }

    @GetMapping
    String page(@RequestParam MultiValueMap<String, String> parameters, Model model, Locale locale) {
        PivotQuery query = PivotQuery.read(parameters, LocalDate.now(clock));
        return pageModel.page(model, query, PivotQuery.monthsReversed(parameters),
                SavePivotForm.blank(query.queryString()), locale);
    }

    @GetMapping("/export.xlsx")
    void export(@RequestParam MultiValueMap<String, String> parameters, Locale locale, HttpServletResponse response)
            throws IOException {
        PivotQuery query = PivotQuery.read(parameters, LocalDate.now(clock));
        PivotTable table = pivots.compute(query, locale);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("pivot-" + query.period().code() + ".xlsx").build().toString());
        excel.write(table, locale, response.getOutputStream());
    }

    @PostMapping("/saved")
    @PreAuthorize(ReportingPolicy.READ_STATISTICS)
    String save(@Valid @ModelAttribute("form") SavePivotForm form, BindingResult errors, Model model, Locale locale,
                RedirectAttributes redirect) {
        PivotQuery query = PivotQuery.fromQueryString(form.query(), LocalDate.now(clock));
        return FormPosts.submit(errors, () -> {
            long id = pivots.save(form.name(), form.sharedRole(), query);
            return FormPosts.saved(redirect, "reporting.pivot.saved", "/app/reporting/pivot/saved/" + id);
        }, () -> pageModel.page(model, query, false, form, locale));
    }

    /** Opens a saved pivot: its page, with its query in the address. */
    @GetMapping("/saved/{pivotId}")
    String open(@PathVariable long pivotId, Model model, Locale locale) {
        SavedPivotRow pivot = pivots.open(pivotId);
        PivotQuery query = pivots.queryOf(pivot);
        model.addAttribute("openPivot", pivot);
        return pageModel.page(model, query, false, new SavePivotForm(pivot.name(), pivot.sharedRole(),
                query.queryString(), pivot.id(), pivot.version()), locale);
    }

    @PostMapping("/saved/{pivotId}")
    @PreAuthorize(ReportingPolicy.EDIT_PIVOT)
    String redefine(@PathVariable long pivotId, @Valid @ModelAttribute("form") SavePivotForm form,
                    BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        PivotQuery query = PivotQuery.fromQueryString(form.query(), LocalDate.now(clock));
        return FormPosts.submit(errors, () -> {
            try {
                pivots.redefine(pivotId, form.version() == null ? -1 : form.version(), form.name(),
                        form.sharedRole(), query);
                return FormPosts.saved(redirect, "reporting.pivot.saved", "/app/reporting/pivot/saved/" + pivotId);
            } catch (StaleVersionException e) {
                SavedPivotRow current = pivots.open(pivotId);
                model.addAttribute("conflict", current);
                model.addAttribute("openPivot", current);
                return pageModel.page(model, query, false, new SavePivotForm(form.name(), form.sharedRole(),
                        form.query(), pivotId, current.version()), locale);
            }
        }, () -> pageModel.page(model, query, false, form, locale));
    }

    @PostMapping("/saved/{pivotId}/delete")
    @PreAuthorize(ReportingPolicy.EDIT_PIVOT)
    String delete(@PathVariable long pivotId, @RequestParam long version, RedirectAttributes redirect) {
        try {
            pivots.delete(pivotId, version);
            return FormPosts.saved(redirect, "reporting.pivot.deleted", "/app/reporting/pivot");
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("flashWarning", "record.changedByOther");
            return "redirect:/app/reporting/pivot/saved/" + pivotId;
        }
    }
}
