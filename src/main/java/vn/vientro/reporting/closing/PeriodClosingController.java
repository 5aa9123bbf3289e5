package vn.vientro.reporting.closing;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.platform.FormPosts;
import vn.vientro.reporting.ReportingPeriod;
import vn.vientro.reporting.ReportingPolicy;
import vn.vientro.shared.InvalidInputException;

/** The closed reporting periods, the form that closes one, and the corrections made after a close. */
@Controller
class PeriodClosingController {

    static final String PATH = "/app/reporting/periods";
    private static final int RECENT_DAYS = 365;

    private final PeriodClosing closing;
    private final ReportingPolicy policy;
    private final MessageSource messages;
    private final Clock clock;

    PeriodClosingController(PeriodClosing closing, ReportingPolicy policy, MessageSource messages, Clock clock) {
        this.closing = closing;
        this.policy = policy;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(PATH)
    @PreAuthorize(ReportingPolicy.READ_REPORTS)
    String page(Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("closed", closing.closedPeriods().stream().map(p -> new ClosedLine(p.code(),
                ReportingPeriod.parse(p.code()).map(r -> messages.getMessage(r.label(), locale)).orElse(p.code()),
                p.firstDay(), p.lastDay(), p.closedBy(), p.closedAt())).toList());
        model.addAttribute("corrections", closing.recentCorrections(RECENT_DAYS));
        model.addAttribute("canClose", policy.canClosePeriods());
        model.addAttribute("periods", choices(locale));
        BoundForms.showBlank(model, "closeForm", new CloseForm(""));
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.here("reporting.closing.title")));
        return "reporting/closing/page";
    }

    @PostMapping(PATH)
    @PreAuthorize(ReportingPolicy.CLOSE_PERIODS)
    String close(@Valid @ModelAttribute("closeForm") CloseForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> {
            ReportingPeriod period = ReportingPeriod.parse(form.period())
                    .orElseThrow(() -> new InvalidInputException("period", "reporting.closing.unknownPeriod"));
            closing.close(period);
            return FormPosts.saved(redirect, "reporting.closing.closed", PATH);
        }, () -> page(model));
    }

    /** Ended (or current) halves, quarters and years of this year and the two before. */
    private List<Choice> choices(Locale locale) {
        List<ReportingPeriod> periods = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (int y = today.getYear(); y >= today.getYear() - 2; y--) {
            periods.add(ReportingPeriod.year(y));
            periods.add(ReportingPeriod.half(y, 2));
            periods.add(ReportingPeriod.half(y, 1));
            for (int q = 4; q >= 1; q--) {
                periods.add(ReportingPeriod.quarter(y, q));
            }
        }
        return periods.stream().filter(p -> !p.firstDay().isAfter(today))
                .map(p -> new Choice(p.code(), messages.getMessage(p.label(), locale))).toList();
    }

    /** A period to choose. */
    public record Choice(String code, String label) {
    }

    /** A closed period in the list. */
    public record ClosedLine(String code, String label, LocalDate firstDay, LocalDate lastDay, String closedBy,
                             java.time.Instant closedAt) {
    }
}
