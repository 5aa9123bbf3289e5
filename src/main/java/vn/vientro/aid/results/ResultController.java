package vn.vientro.aid.results;

import jakarta.validation.Valid;
import java.util.Optional;
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

/** The page of one result of the framework: add it, change it, remove it with its indicators. */
@Controller
@RequestMapping("/app/aid/items/{itemId}/results")
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
    @PreAuthorize(AidPolicy.SHAPE_RESULTS)
    String blank(@PathVariable long itemId, Model model) {
        return page(model, itemId, ResultForm.blank(), null);
    }

    @PostMapping
    @PreAuthorize(AidPolicy.SHAPE_RESULTS)
    String add(@PathVariable long itemId, @Valid @ModelAttribute("resultForm") ResultForm form, BindingResult errors,
               Model model, RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> {
            results.addResult(itemId, form.toInput());
            return ResultsPages.done(itemId, redirect, "aid.results.result.added");
        }, () -> page(model, itemId, form, null));
    }

    @GetMapping("/{resultId}")
    String edit(@PathVariable long itemId, @PathVariable long resultId, Model model) {
        Result result = results.result(itemId, resultId);
        return page(model, itemId, ResultForm.of(result), result);
    }

    @PostMapping("/{resultId}")
    @PreAuthorize(AidPolicy.SHAPE_RESULTS)
    String change(@PathVariable long itemId, @PathVariable long resultId,
                  @Valid @ModelAttribute("resultForm") ResultForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> {
            try {
                results.changeResult(itemId, resultId, ResultsPages.version(form.version()), form.toInput());
                return ResultsPages.done(itemId, redirect, "aid.results.result.changed");
            } catch (OptimisticLockingFailureException e) {
                return conflict(itemId, resultId, form, errors, model, redirect);
            } catch (NotFoundException e) {
                return ResultsPages.gone(itemId, redirect); // removed by someone else meanwhile
            }
        }, () -> page(model, itemId, form, results.result(itemId, resultId)));
    }

    @PostMapping("/{resultId}/delete")
    @PreAuthorize(AidPolicy.SHAPE_RESULTS)
    String remove(@PathVariable long itemId, @PathVariable long resultId, @RequestParam long version, Model model,
                  RedirectAttributes redirect) {
        try {
            results.removeResult(itemId, resultId, version);
            return ResultsPages.done(itemId, redirect, "aid.results.result.removed");
        } catch (NotFoundException e) {
            return ResultsPages.gone(itemId, redirect);
        } catch (OptimisticLockingFailureException e) {
            Optional<Result> theirs = ResultsPages.stillThere(() -> results.result(itemId, resultId));
            if (theirs.isEmpty()) {
                return ResultsPages.gone(itemId, redirect);
            }
            ResultForm current = ResultForm.of(theirs.get());
            BindingResult errors = new BeanPropertyBindingResult(current, "resultForm");
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "resultForm", errors);
            return conflict(itemId, resultId, current, errors, model, redirect);
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
        ResultForm again = form.withVersion(theirs.version());
        ResultsPageModel.conflict(model, "resultForm", again, errors, theirs);
        return page(model, id, again, theirs);
    }

    private String page(Model model, long id, ResultForm form, @org.jspecify.annotations.Nullable Result result) {
        BoundForms.show(model, "resultForm", form);
        model.addAttribute("result", result);
        return pageModel.page(model, portfolio.get(id), PAGE,
                result == null ? "aid.results.result.new" : "aid.results.result.edit");
    }
}
