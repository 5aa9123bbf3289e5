package vn.vientro.aid.results;

import java.util.Optional;
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
import vn.vientro.aid.item.AidPortfolio;
import vn.vientro.platform.FieldErrors;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.NotFoundException;
import vn.vientro.shared.StaleVersionException;

/** The page of one result of the framework: add it, change it, remove it with its indicators. */
@Controller
@RequestMapping("/app/aid/items/{id}/results")
class ResultController {

    private static final String PAGE = "aid/results/result-page";

    private final Results results;
    private final AidPortfolio portfolio;
    private final ResultsPageModel pageModel;

    ResultController(Results results, AidPortfolio portfolio, ResultsPageModel pageModel) {
        this.results = results;
        this.portfolio = portfolio;
        this.pageModel = pageModel;
    }

    @GetMapping("/new")
    String blank(@PathVariable long id, Model model) {
        return page(model, id, new ResultForm(), null);
    }

    @PostMapping
    String add(@PathVariable long id, @ModelAttribute("resultForm") ResultForm form, BindingResult errors,
               Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                results.addResult(id, form.toInput());
                return ResultsPages.done(id, redirect, "aid.results.result.added");
            } catch (BusinessRuleException e) {
                FieldErrors.reject(errors, e);
            }
        }
        return page(model, id, form, null);
    }

    @GetMapping("/{resultId}")
    String edit(@PathVariable long id, @PathVariable long resultId, Model model) {
        Result result = results.result(id, resultId);
        return page(model, id, ResultForm.of(result), result);
    }

    @PostMapping("/{resultId}")
    String change(@PathVariable long id, @PathVariable long resultId, @ModelAttribute("resultForm") ResultForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                results.changeResult(id, resultId, ResultsPages.version(form.getVersion()), form.toInput());
                return ResultsPages.done(id, redirect, "aid.results.result.changed");
            } catch (StaleVersionException e) {
                return conflict(id, resultId, form, errors, model, redirect);
            } catch (NotFoundException e) {
                return ResultsPages.gone(id, redirect); // removed by someone else meanwhile
            } catch (BusinessRuleException e) {
                FieldErrors.reject(errors, e);
            }
        }
        return page(model, id, form, results.result(id, resultId));
    }

    @PostMapping("/{resultId}/delete")
    String remove(@PathVariable long id, @PathVariable long resultId, @RequestParam long version, Model model,
                  RedirectAttributes redirect) {
        try {
            results.removeResult(id, resultId, version);
            return ResultsPages.done(id, redirect, "aid.results.result.removed");
        } catch (NotFoundException e) {
            return ResultsPages.gone(id, redirect);
        } catch (StaleVersionException e) {
            Optional<Result> theirs = ResultsPages.stillThere(() -> results.result(id, resultId));
            if (theirs.isEmpty()) {
                return ResultsPages.gone(id, redirect);
            }
            ResultForm current = ResultForm.of(theirs.get());
            BindingResult errors = new BeanPropertyBindingResult(current, "resultForm");
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "resultForm", errors);
            return conflict(id, resultId, current, errors, model, redirect);
        }
    }

    /** Someone saved first: their version beside what this user typed; if they removed it, back to the tab. */
    private String conflict(long id, long resultId, ResultForm form, BindingResult errors, Model model,
                            RedirectAttributes redirect) {
        Optional<Result> found = ResultsPages.stillThere(() -> results.result(id, resultId));
        if (found.isEmpty()) {
            return ResultsPages.gone(id, redirect);
        }
        Result theirs = found.get();
        form.setVersion(theirs.version());
        ResultsPageModel.conflict(model, errors, theirs);
        return page(model, id, form, theirs);
    }

    private String page(Model model, long id, ResultForm form, @org.jspecify.annotations.Nullable Result result) {
        model.addAttribute("resultForm", form);
        model.addAttribute("result", result);
        return pageModel.page(model, portfolio.get(id), PAGE,
                result == null ? "aid.results.result.new" : "aid.results.result.edit");
    }
}
