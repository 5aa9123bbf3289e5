package vn.vientro.reference.rate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.reference.ExchangeRate;
import vn.vientro.reference.ExchangeRates;
import vn.vientro.reference.ReferencePolicy;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.DecimalText;
import vn.vientro.shared.Money;

/** The rate table and the converter, for every signed-in user. */
@Controller
@RequestMapping("/app/reference/exchange-rates")
class ExchangeRateController {

    /** Rows a page shows: the whole table on one page took seconds to draw. */
    static final int PAGE_ROWS = 50;

    private final ExchangeRates rates;
    private final RateFormErrors formErrors;
    private final ReferencePolicy policy;

    ExchangeRateController(ExchangeRates rates, RateFormErrors formErrors, ReferencePolicy policy) {
        this.rates = rates;
        this.formErrors = formErrors;
        this.policy = policy;
    }

    /** A stored rate with its figure printed in the reader's language. */
    record RateRow(long id, String currency, LocalDate rateDate, String vndPerUnit, String source,
                   boolean demo) {

        static RateRow of(ExchangeRate rate) {
            return new RateRow(rate.id(), rate.currency(), rate.rateDate(),
                    DecimalText.rate(rate.vndPerUnit(), LocaleContextHolder.getLocale()), rate.source(), rate.demo());
        }
    }

    @GetMapping
    String list(@ModelAttribute("filter") RateFilterForm filter, BindingResult filterErrors, Model model) {
        model.addAttribute("converter", ConverterForm.blank());
        return page(model, filter); // a field that did not bind stays empty and shows its error
    }

    @GetMapping("/convert")
    String convert(@Valid @ModelAttribute("converter") ConverterForm converter, BindingResult errors, Model model,
                   @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
        if (!errors.hasErrors()) {
            try {
                Money amount = converter.money();
                model.addAttribute("conversion", ConversionView.of(amount,
                        rates.convert(amount, converter.targetCurrency(), Objects.requireNonNull(converter.date()))));
            } catch (BusinessRuleException e) {
                formErrors.reject(errors, e);
            }
        }
        if (htmx != null) {
            model.addAttribute("currencies", rates.currencies());
            return "reference/rate/list :: converter";
        }
        model.addAttribute("filter", RateFilterForm.none());
        return page(model, RateFilterForm.none());
    }

    @GetMapping("/template.csv")
    ResponseEntity<byte[]> template() {
        byte[] csv = (String.join(",", RateCsvReader.HEADER) + "\r\n").getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("exchange-rates-template.csv").build().toString())
                .body(csv);
    }

    private String page(Model model, RateFilterForm filter) {
        long total = rates.count(filter.currencyOrNull(), filter.firstDay(), filter.lastDay());
        int pages = (int) Math.max(1, (total + PAGE_ROWS - 1) / PAGE_ROWS);
        int page = Math.min(filter.pageOrFirst(), pages - 1);
        List<RateRow> rows = rates.page(filter.currencyOrNull(), filter.firstDay(), filter.lastDay(), page, PAGE_ROWS)
                .stream().map(RateRow::of).toList();
        model.addAttribute("rates", rows);
        model.addAttribute("total", total);
        model.addAttribute("page", page);
        model.addAttribute("pages", pages);
        model.addAttribute("currencies", rates.currencies());
        model.addAttribute("canManageRates", policy.canManageRates());
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.here("reference.rates.title")));
        return "reference/rate/list";
    }
}
