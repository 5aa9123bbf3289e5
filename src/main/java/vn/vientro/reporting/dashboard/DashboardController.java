package vn.vientro.reporting.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.vientro.reporting.ReportingPolicy;
import vn.vientro.shared.NotFoundException;

/** The leaders' dashboard: headline figures and charts of a period, each chart with its table and downloads. */
@Controller
@RequestMapping(DashboardController.PATH)
@PreAuthorize(ReportingPolicy.READ_STATISTICS)
class DashboardController {

    static final String PATH = "/app/reporting/dashboard";

    private final DashboardFigures figures;
    private final DashboardPageModel pages;
    private final DashboardCsv csv;

    DashboardController(DashboardFigures figures, DashboardPageModel pages, DashboardCsv csv) {
        this.figures = figures;
        this.pages = pages;
        this.csv = csv;
    }

    @GetMapping
    String dashboard(@RequestParam Map<String, String> parameters, Locale locale, Model model) {
        DashboardFilter filter = DashboardFilter.read(parameters, figures.today());
        pages.show(figures.page(filter, locale), locale, model);
        return "reporting/dashboard/dashboard";
    }

    @GetMapping("/{chart}.csv")
    void download(@PathVariable String chart, @RequestParam Map<String, String> parameters, Locale locale,
                  HttpServletResponse response) throws IOException {
        DashboardChart which = DashboardChart.ofPath(chart).orElseThrow(() -> new NotFoundException("chart", chart));
        DashboardFilter filter = DashboardFilter.read(parameters, figures.today());
        byte[] body = csv.write(which, figures.chart(which, filter, locale), locale).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"" + chart + "-" + filter.period().code() + ".csv\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
