package vn.vientro.reporting.official;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.reporting.ReportingPolicy;
import vn.vientro.shared.NotFoundException;

/**
 * A report's Excel or PDF written in the background: the preview's buttons ask for one and land on its page, which
 * htmx refreshes every second with the phase and the percentage until the file is there to download (or the failure is
 * said). The page is the job's, so a reload, or coming back later from the reports' list, finds it where it is.
 */
@Controller
@RequestMapping(OfficialReportController.BASE)
@PreAuthorize(ReportingPolicy.READ_REPORTS)
class ReportFileController {

    static final String FILES = OfficialReportController.BASE + "/files";

    private final ReportFiles files;
    private final MessageSource messages;
    private final Clock clock;

    ReportFileController(ReportFiles files, MessageSource messages, Clock clock) {
        this.files = files;
        this.messages = messages;
        this.clock = clock;
    }

    @PostMapping("/{slug}/files")
    String start(@PathVariable String slug, @RequestParam(required = false) @Nullable String period,
                 @RequestParam(required = false) @Nullable String format) {
        OfficialReport report = OfficialReportController.report(slug);
        long id = files.start(report, OfficialReportController.period(period, clock), format(format));
        return "redirect:" + FILES + "/" + id;
    }

    @PostMapping("/issued/{issuedId}/files")
    String startIssued(@PathVariable long issuedId, @RequestParam(required = false) @Nullable String format) {
        return "redirect:" + FILES + "/" + files.startIssued(issuedId, format(format));
    }

    /** The job's page; htmx polls the same address for the job's part while it runs. */
    @GetMapping("/files/{jobId}")
    String job(@PathVariable long jobId, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
               Model model) {
        ReportFileJob job = files.job(jobId);
        model.addAttribute("job", job);
        model.addAttribute("jobUrl", FILES + "/" + jobId);
        model.addAttribute("periodLabel", OfficialReportController.periodLabel(job.periodCode(), messages));
        model.addAttribute("downloadUrl", FILES + "/" + jobId + "/download");
        String back = job.issuedReport() != null ? OfficialReportController.BASE + "/issued/" + job.issuedReport()
                : OfficialReportController.BASE + "/" + job.report().slug() + "?period=" + job.periodCode();
        model.addAttribute("backUrl", back);
        if (htmx != null) {
            return "reporting/official/file :: job";
        }
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.link("reporting.official.title", OfficialReportController.BASE),
                Breadcrumb.link("reporting.official.title." + job.report(), back),
                Breadcrumb.here("reporting.jobs.title")));
        return "reporting/official/file";
    }

    @GetMapping("/files/{jobId}/download")
    void download(@PathVariable long jobId, HttpServletResponse response) throws IOException {
        ReportFiles.Download download = files.download(jobId);
        response.setContentType(download.mediaType());
        response.setHeader("Content-Disposition",
                ContentDisposition.attachment().filename(download.fileName()).build().toString());
        response.setContentLengthLong(Files.size(download.path()));
        Files.copy(download.path(), response.getOutputStream());
    }

    private static ReportFormat format(@Nullable String name) {
        return ReportFormat.named(name).orElseThrow(() -> new NotFoundException("report format", String.valueOf(name)));
    }
}
