package vn.vientro.reference.rate;

import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.reference.ExchangeRates;
import vn.vientro.reference.RateImportReport;
import vn.vientro.reference.ReferencePolicy;
import vn.vientro.shared.BusinessRuleException;

/** Administrators load many rates from a CSV file: all rows or, when any row is wrong, none. */
@Controller
@RequestMapping("/app/reference/exchange-rates/import")
class ExchangeRateImportController {

    /** A report of a badly broken file stays readable: the first problems, and how many there are in all. */
    static final int PROBLEMS_SHOWN = 500;

    private final ExchangeRates rates;

    ExchangeRateImportController(ExchangeRates rates) {
        this.rates = rates;
    }

    /** Why the file as a whole was refused: a message key and its arguments. */
    record FileError(String key, List<Object> arguments) {

        public Object[] messageArguments() {
            return arguments.toArray();
        }
    }

    @GetMapping
    @PreAuthorize(ReferencePolicy.MANAGE_RATES)
    String form(Model model) {
        return page(model);
    }

    @PostMapping
    @PreAuthorize(ReferencePolicy.MANAGE_RATES)
    String upload(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
                  RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", new FileError("reference.rate.import.noFile", List.of()));
            return page(model);
        }
        // The servlet accepts 25 MB for every upload; rate files have a tighter limit, checked before reading.
        if (file.getSize() > RateCsvReader.MAX_BYTES) {
            model.addAttribute("fileError", new FileError("reference.rate.import.tooLarge",
                    List.of(RateCsvReader.MAX_BYTES / (1024 * 1024))));
            return page(model);
        }
        try {
            RateImportReport report = rates.importCsv(file.getBytes());
            if (report.imported()) {
                redirect.addFlashAttribute("importCounts", List.of(report.rows(), report.inserted(), report.updated(),
                        report.unchanged()));
                return "redirect:/app/reference/exchange-rates/import";
            }
            model.addAttribute("report", report);
            model.addAttribute("problems", report.problems().subList(0,
                    Math.min(PROBLEMS_SHOWN, report.problems().size())));
        } catch (BusinessRuleException e) {
            model.addAttribute("fileError", new FileError(e.messageKey(), List.of(e.arguments())));
        }
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("maxRows", RateCsvReader.MAX_ROWS);
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.link("reference.rates.title", "/app/reference/exchange-rates"),
                Breadcrumb.here("reference.rate.import.title")));
        return "reference/rate/import";
    }
}
