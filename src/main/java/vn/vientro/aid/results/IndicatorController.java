package vn.vientro.aid.results;

import jakarta.validation.Valid;
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

/** The page of one indicator and its baseline: add it to a result, change it, remove it with its periods. */
@Controller
@RequestMapping("/app/aid/items/{itemId}")
class IndicatorController {

    private static final String PAGE = "aid/results/indicator-page";

    private final Results results;
    private final AidPortfolio portfolio;
    private final ResultsPageModel pageModel;

    IndicatorController(Results results, AidPortfolio portfolio, ResultsPageModel pageModel) {
        this.results = results;
        this.portfolio = portfolio;
        this.pageModel = pageModel;
    }

    @GetMapping("/results/{resultId}/indicators/new")
    @PreAuthorize(AidPolicy.SHAPE_RESULTS)
    String blank(@PathVariable long itemId, @PathVariable long resultId, Model model) {
        return page(model, itemId, results.result(itemId, resultId), IndicatorForm.blank(), null);
    }

    @PostMapping("/results/{resultId}/indicators")
    @PreAuthorize(AidPolicy.SHAPE_RESULTS)
    String add(@PathVariable long itemId, @PathVariable long resultId,
               @Valid @ModelAttribute("indicatorForm") IndicatorForm form, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> {
            results.addIndicator(itemId, resultId, form.toInput());
            return ResultsPages.done(itemId, redirect, "aid.results.indicator.added");
        }, () -> page(model, itemId, results.result(itemId, resultId), form, null));
    }

    @GetMapping("/indicators/{indicatorId}")
    String edit(@PathVariable long itemId, @PathVariable long indicatorId, Model model) {
        Indicator indicator = results.indicator(itemId, indicatorId);
        return page(model, itemId, results.result(itemId, indicator.resultId()), IndicatorForm.of(indicator), indicator);
    }

    @PostMapping("/indicators/{indicatorId}")
    @PreAuthorize(AidPolicy.SHAPE_RESULTS)
    String change(@PathVariable long itemId, @PathVariable long indicatorId,
                  @Valid @ModelAttribute("indicatorForm") IndicatorForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> {
            try {
                results.changeIndicator(itemId, indicatorId, ResultsPages.version(form.version()), form.toInput());
                return ResultsPages.done(itemId, redirect, "aid.results.indicator.changed");
            } catch (OptimisticLockingFailureException e) {
                return conflict(itemId, indicatorId, form, errors, model, redirect);
            } catch (NotFoundException e) {
                return ResultsPages.gone(itemId, redirect); // removed by someone else meanwhile
            }
        }, () -> {
            Indicator indicator = results.indicator(itemId, indicatorId);
            return page(model, itemId, results.result(itemId, indicator.resultId()), form, indicator);
        });
    }

    @PostMapping("/indicators/{indicatorId}/delete")
    @PreAuthorize(AidPolicy.SHAPE_RESULTS)
    String remove(@PathVariable long itemId, @PathVariable long indicatorId, @RequestParam long version, Model model,
                  RedirectAttributes redirect) {
        try {
            results.removeIndicator(itemId, indicatorId, version);
            return ResultsPages.done(itemId, redirect, "aid.results.indicator.removed");
        } catch (NotFoundException e) {
            return ResultsPages.gone(itemId, redirect);
        } catch (OptimisticLockingFailureException e) {
            Optional<Indicator> theirs = ResultsPages.stillThere(() -> results.indicator(itemId, indicatorId));
            if (theirs.isEmpty()) {
                return ResultsPages.gone(itemId, redirect);
            }
            IndicatorForm current = IndicatorForm.of(theirs.get());
            BindingResult errors = new BeanPropertyBindingResult(current, "indicatorForm");
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "indicatorForm", errors);
            return conflict(itemId, indicatorId, current, errors, model, redirect);
        }
    }

    /** Someone saved first: their version beside what this user typed; if they removed it, back to the tab. */
    private String conflict(long id, long indicatorId, IndicatorForm form, BindingResult errors, Model model,
                            RedirectAttributes redirect) {
        Optional<Indicator> found = ResultsPages.stillThere(() -> results.indicator(id, indicatorId));
        if (found.isEmpty()) {
            return ResultsPages.gone(id, redirect);
        }
        Indicator theirs = found.get();
        IndicatorForm again = form.withVersion(theirs.version());
        ResultsPageModel.conflict(model, "indicatorForm", again, errors, theirs);
        return page(model, id, results.result(id, theirs.resultId()), again, theirs);
    }

    private String page(Model model, long id, Result result, IndicatorForm form, @Nullable Indicator indicator) {
        model.addAttribute("result", result);
        BoundForms.show(model, "indicatorForm", form);
        model.addAttribute("indicator", indicator);
        return pageModel.page(model, portfolio.get(id), PAGE,
                indicator == null ? "aid.results.indicator.new" : "aid.results.indicator.edit");
    }
}
