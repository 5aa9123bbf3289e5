package vn.vientro.aid.results;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vientro.aid.AidPolicy;
import vn.vientro.aid.item.AidPortfolio;
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.FormPosts;
import vn.vientro.shared.NotFoundException;

/**
 * The page of one reporting period: its dates and target for whoever shapes the framework, its actual value for the aid
 * owner once the aid is approved.
 */
@Controller
@RequestMapping("/app/aid/items/{itemId}")
class PeriodController {

    private static final String PAGE = "aid/results/period-page";

    private final Results results;
    private final AidPortfolio portfolio;
    private final ResultsPageModel pageModel;
    private final Clock clock;

    PeriodController(Results results, AidPortfolio portfolio, ResultsPageModel pageModel, Clock clock) {
        this.results = results;
        this.portfolio = portfolio;
        this.pageModel = pageModel;
        this.clock = clock;
    }

    @GetMapping("/indicators/{indicatorId}/periods/new")
    @PreAuthorize(AidPolicy.SHAPE_RESULTS)
    String blank(@PathVariable long itemId, @PathVariable long indicatorId, Model model) {
        Indicator indicator = results.indicator(itemId, indicatorId);
        PeriodForm form = PeriodForm.next(results.lastPeriod(itemId, indicatorId).orElse(null), LocalDate.now(clock));
        return page(model, itemId, indicator, form, null);
    }

    @PostMapping("/indicators/{indicatorId}/periods")
    @PreAuthorize(AidPolicy.SHAPE_RESULTS)
    String add(@PathVariable long itemId, @PathVariable long indicatorId,
               @Valid @ModelAttribute("periodForm") PeriodForm form,
               BindingResult errors, Model model, RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> {
            results.addPeriod(itemId, indicatorId, form.toTarget());
            return ResultsPages.done(itemId, redirect, "aid.results.period.added");
        }, () -> page(model, itemId, results.indicator(itemId, indicatorId), form, null));
    }

    @GetMapping("/periods/{periodId}")
    String edit(@PathVariable long itemId, @PathVariable long periodId, Model model) {
        IndicatorPeriod period = results.period(itemId, periodId);
        return page(model, itemId, results.indicator(itemId, period.indicatorId()), PeriodForm.of(period), period);
    }

    @PostMapping("/periods/{periodId}")
    @PreAuthorize(AidPolicy.SHAPE_RESULTS)
    String changeTarget(@PathVariable long itemId, @PathVariable long periodId,
                        @Valid @ModelAttribute("periodForm") PeriodForm form, BindingResult errors, Model model,
                        RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> {
            try {
                results.changeTarget(itemId, periodId, ResultsPages.version(form.version()), form.toTarget());
                return ResultsPages.done(itemId, redirect, "aid.results.period.changed");
            } catch (OptimisticLockingFailureException e) {
                return conflict(itemId, periodId, form, errors, model, Part.TARGET, redirect);
            } catch (NotFoundException e) {
                return ResultsPages.gone(itemId, redirect); // removed by someone else meanwhile
            }
        }, () -> again(model, itemId, periodId, form, Part.TARGET));
    }

    @PostMapping("/periods/{periodId}/actual")
    @PreAuthorize(AidPolicy.REPORT_RESULTS)
    String report(@PathVariable long itemId, @PathVariable long periodId,
                  @Valid @ModelAttribute("periodForm") PeriodForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> {
            try {
                results.report(itemId, periodId, ResultsPages.version(form.version()), form.toActual());
                return ResultsPages.done(itemId, redirect, "aid.results.period.reported");
            } catch (OptimisticLockingFailureException e) {
                return conflict(itemId, periodId, form, errors, model, Part.ACTUAL, redirect);
            } catch (NotFoundException e) {
                return ResultsPages.gone(itemId, redirect); // removed by someone else meanwhile
            }
        }, () -> again(model, itemId, periodId, form, Part.ACTUAL));
    }

    @PostMapping("/periods/{periodId}/delete")
    @PreAuthorize(AidPolicy.SHAPE_RESULTS)
    String remove(@PathVariable long itemId, @PathVariable long periodId, @RequestParam long version, Model model,
                  RedirectAttributes redirect) {
        try {
            results.removePeriod(itemId, periodId, version);
            return ResultsPages.done(itemId, redirect, "aid.results.period.removed");
        } catch (NotFoundException e) {
            return ResultsPages.gone(itemId, redirect);
        } catch (OptimisticLockingFailureException e) {
            Optional<IndicatorPeriod> theirs = ResultsPages.stillThere(() -> results.period(itemId, periodId));
            if (theirs.isEmpty()) {
                return ResultsPages.gone(itemId, redirect);
            }
            PeriodForm current = PeriodForm.of(theirs.get());
            BindingResult errors = new BeanPropertyBindingResult(current, "periodForm");
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "periodForm", errors);
            return conflict(itemId, periodId, current, errors, model, Part.TARGET, redirect);
        }
    }

    /** Which of the page's two forms was sent: the other one shows what is saved, and the errors sit in the sent one. */
    enum Part {
        TARGET, ACTUAL
    }

    /** The form shown again with its errors: what was saved stays on the page beside what the user typed. */
    private String again(Model model, long id, long periodId, PeriodForm form, Part sent) {
        IndicatorPeriod period = results.period(id, periodId);
        PeriodForm shown = form.keepSaved(period,
                sent == Part.TARGET ? PeriodForm.Fields.ACTUAL : PeriodForm.Fields.TARGET);
        model.addAttribute("periodFormPart", sent.name());
        return page(model, id, results.indicator(id, period.indicatorId()), shown, period);
    }

    /** Someone saved first: their version beside what this user typed; if they removed the period, back to the tab. */
    private String conflict(long id, long periodId, PeriodForm form, BindingResult errors, Model model, Part sent,
                            RedirectAttributes redirect) {
        Optional<IndicatorPeriod> found = ResultsPages.stillThere(() -> results.period(id, periodId));
        if (found.isEmpty()) {
            return ResultsPages.gone(id, redirect);
        }
        IndicatorPeriod theirs = found.get();
        PeriodForm again = form.withVersion(theirs.version())
                .keepSaved(theirs, sent == Part.TARGET ? PeriodForm.Fields.ACTUAL : PeriodForm.Fields.TARGET);
        ResultsPageModel.conflict(model, "periodForm", again, errors, theirs);
        model.addAttribute("periodFormPart", sent.name());
        return page(model, id, results.indicator(id, theirs.indicatorId()), again, theirs);
    }

    private String page(Model model, long id, Indicator indicator, PeriodForm form, @Nullable IndicatorPeriod period) {
        model.addAttribute("indicator", indicator);
        BoundForms.show(model, "periodForm", form);
        model.addAttribute("period", period);
        model.addAttribute("periodStarted", period != null && !period.start().isAfter(LocalDate.now(clock)));
        model.addAttribute("closedPeriod", period == null ? null : results.closedPeriodOf(period).orElse(null));
        return pageModel.page(model, portfolio.get(id), PAGE,
                period == null ? "aid.results.period.new" : "aid.results.period.edit");
    }
}
