package vn.vientro.reporting.official;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.platform.FormPosts;
import vn.vientro.reporting.ReportingPeriod;
import vn.vientro.reporting.ReportingPolicy;
import vn.vientro.shared.NotFoundException;

/**
 * The province's official reports: the list with a period to choose, each report's preview (its body fetched after
 * the page shows, with a progress note meanwhile, as a report over the whole country may take seconds), its Excel and
 * PDF downloads, issuing it under a number, and the reports issued with their check against today's figures.
 */
@Controller
@RequestMapping(OfficialReportController.BASE)
@PreAuthorize(ReportingPolicy.READ_REPORTS)
class OfficialReportController {

    static final String BASE = "/app/reporting/reports";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final OfficialReports reports;
    private final ReportFiles files;
    private final ReportExcel excel;
    private final ReportPrint print;
    private final ReportingPolicy policy;
    private final MessageSource messages;
    private final Clock clock;

    OfficialReportController(OfficialReports reports, ReportFiles files, ReportExcel excel, ReportPrint print,
                             ReportingPolicy policy, MessageSource messages, Clock clock) {
        this.reports = reports;
        this.files = files;
        this.excel = excel;
        this.print = print;
        this.policy = policy;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable String period, Model model) {
        ReportingPeriod chosen = period(period);
        model.addAttribute("period", chosen);
        model.addAttribute("periodLabel", messages.getMessage(chosen.label(), LocaleContextHolder.getLocale()));
        model.addAttribute("periods", choices(chosen));
        model.addAttribute("reports", Arrays.stream(OfficialReport.values())
                .map(r -> new ReportLink(r, BASE + "/" + r.slug() + "?period=" + chosen.code())).toList());
        model.addAttribute("files", files.mine().stream()
                .map(job -> new FileLink(job, ReportFileController.FILES + "/" + job.id(),
                        periodLabel(job.periodCode(), messages))).toList());
        model.addAttribute("issued", reports.issued().stream()
                .map(s -> new IssuedLink(s, BASE + "/issued/" + s.id())).toList());
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.here("reporting.official.title")));
        return "reporting/official/list";
    }

    @GetMapping("/{slug}")
    String preview(@PathVariable String slug, @RequestParam(required = false) @Nullable String period, Model model) {
        OfficialReport report = report(slug);
        ReportingPeriod chosen = period(period);
        String base = BASE + "/" + report.slug();
        model.addAttribute("report", report);
        model.addAttribute("period", chosen);
        model.addAttribute("periodLabel", messages.getMessage(chosen.label(), LocaleContextHolder.getLocale()));
        model.addAttribute("bodyUrl", base + "/body?period=" + chosen.code());
        model.addAttribute("xlsxUrl", base + "/xlsx?period=" + chosen.code());
        model.addAttribute("pdfUrl", base + "/pdf?period=" + chosen.code());
        model.addAttribute("issueUrl", base + "/issue?period=" + chosen.code());
        model.addAttribute("xlsxFileUrl", base + "/files?period=" + chosen.code() + "&format=xlsx");
        model.addAttribute("pdfFileUrl", base + "/files?period=" + chosen.code() + "&format=pdf");
        model.addAttribute("canIssue", policy.canIssueReports());
        BoundForms.showBlank(model, "issueForm", new IssueForm(""));
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.link("reporting.official.title", BASE + "?period=" + chosen.code()),
                Breadcrumb.here("reporting.official.title." + report)));
        return "reporting/official/preview";
    }

    /** The report's body for the preview, asked for by the page once it shows. */
    @GetMapping("/{slug}/body")
    String body(@PathVariable String slug, @RequestParam(required = false) @Nullable String period, Model model) {
        model.addAttribute("body", print.preview(reports.draft(report(slug), period(period))));
        return "reporting/official/body :: body";
    }

    @GetMapping("/{slug}/xlsx")
    void excel(@PathVariable String slug, @RequestParam(required = false) @Nullable String period,
               HttpServletResponse response) throws IOException {
        ReportDocument document = reports.draft(report(slug), period(period));
        sendExcel(document, response);
    }

    @GetMapping("/{slug}/pdf")
    void pdf(@PathVariable String slug, @RequestParam(required = false) @Nullable String period,
             HttpServletResponse response) throws IOException {
        sendPdf(reports.draft(report(slug), period(period)), response);
    }

    @PostMapping("/{slug}/issue")
    @PreAuthorize(ReportingPolicy.ISSUE_REPORTS)
    String issue(@PathVariable String slug, @RequestParam(required = false) @Nullable String period,
                 @Valid @ModelAttribute("issueForm") IssueForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        OfficialReport report = report(slug);
        ReportingPeriod chosen = period(period);
        return FormPosts.submit(errors, () -> {
            long id = reports.issue(report, chosen, form.number());
            return FormPosts.saved(redirect, "reporting.official.issued.done", BASE + "/issued/" + id);
        }, () -> preview(slug, chosen.code(), model));
    }

    @GetMapping("/issued/{issuedId}")
    String issued(@PathVariable long issuedId, Model model) {
        OfficialReports.IssuedCheck check = reports.check(issuedId);
        model.addAttribute("check", check);
        model.addAttribute("body", print.preview(check.document()));
        model.addAttribute("corrections", ReportPrint.printed(check.corrections()));
        model.addAttribute("xlsxUrl", BASE + "/issued/" + issuedId + "/xlsx");
        model.addAttribute("pdfUrl", BASE + "/issued/" + issuedId + "/pdf");
        model.addAttribute("xlsxFileUrl", BASE + "/issued/" + issuedId + "/files?format=xlsx");
        model.addAttribute("pdfFileUrl", BASE + "/issued/" + issuedId + "/files?format=pdf");
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.link("reporting.official.title", BASE),
                Breadcrumb.here("reporting.official.issued.of", check.summary().number())));
        return "reporting/official/issued";
    }

    @GetMapping("/issued/{issuedId}/xlsx")
    void issuedExcel(@PathVariable long issuedId, HttpServletResponse response) throws IOException {
        sendExcel(reports.check(issuedId).document(), response);
    }

    @GetMapping("/issued/{issuedId}/pdf")
    void issuedPdf(@PathVariable long issuedId, HttpServletResponse response) throws IOException {
        sendPdf(reports.check(issuedId).document(), response);
    }

    private void sendExcel(ReportDocument document, HttpServletResponse response) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        excel.write(document, print.province(), out);
        send(response, XLSX, fileName(document, "xlsx"), out);
    }

    private void sendPdf(ReportDocument document, HttpServletResponse response) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        print.pdf(document, out);
        send(response, "application/pdf", fileName(document, "pdf"), out);
    }

    private static void send(HttpServletResponse response, String type, String name, ByteArrayOutputStream out)
            throws IOException {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setContentLength(out.size());
        out.writeTo(response.getOutputStream());
    }

    static String fileName(ReportDocument document, String extension) {
        String number = document.number() == null ? "du-thao"
                : document.number().replaceAll("[^A-Za-z0-9-]+", "-");
        return "bao-cao-" + document.report().slug() + "-" + document.periodCode() + "-" + number + "." + extension;
    }

    static OfficialReport report(String slug) {
        return OfficialReport.bySlug(slug).orElseThrow(() -> new NotFoundException("report", slug));
    }

    private ReportingPeriod period(@Nullable String code) {
        return period(code, clock);
    }

    /** The period asked for, or the last half-year ended (what the province reports on next). */
    static ReportingPeriod period(@Nullable String code, Clock clock) {
        if (code != null) {
            java.util.Optional<ReportingPeriod> parsed = ReportingPeriod.parse(code);
            if (parsed.isPresent()) {
                return parsed.get();
            }
        }
        LocalDate today = LocalDate.now(clock);
        return today.getMonthValue() > 6 ? ReportingPeriod.half(today.getYear(), 1)
                : ReportingPeriod.half(today.getYear() - 1, 2);
    }

    /** Years, half-years and quarters of this year and the two before, and the one chosen if it is none of them. */
    private List<PeriodChoice> choices(ReportingPeriod chosen) {
        Locale locale = LocaleContextHolder.getLocale();
        List<ReportingPeriod> periods = new ArrayList<>();
        int year = LocalDate.now(clock).getYear();
        for (int y = year; y >= year - 2; y--) {
            periods.add(ReportingPeriod.year(y));
            periods.add(ReportingPeriod.half(y, 2));
            periods.add(ReportingPeriod.half(y, 1));
            for (int q = 4; q >= 1; q--) {
                periods.add(ReportingPeriod.quarter(y, q));
            }
        }
        if (!periods.contains(chosen)) {
            periods.add(0, chosen);
        }
        return periods.stream().map(p -> new PeriodChoice(p.code(), messages.getMessage(p.label(), locale),
                p.equals(chosen))).toList();
    }

    public record PeriodChoice(String code, String label, boolean selected) {
    }

    public record ReportLink(OfficialReport report, String href) {
    }

    public record IssuedLink(OfficialReports.IssuedSummary summary, String href) {
    }

    public record FileLink(ReportFileJob job, String href, String periodLabel) {
    }

    /** A period's code in words, in the reader's language (the code itself when it no longer reads as a period). */
    static String periodLabel(String code, MessageSource messages) {
        return ReportingPeriod.parse(code).map(p -> messages.getMessage(p.label(), LocaleContextHolder.getLocale()))
                .orElse(code);
    }
}
