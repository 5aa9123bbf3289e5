package vn.vientro.portal.transparency;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.vientro.portal.site.PageHead;
import vn.vientro.portal.site.PortalLanguage;
import vn.vientro.portal.site.Publications;

/**
 * Open data of the published aid items (issue 15 point 8): the same public data as the transparency pages, as CSV and
 * JSON with stable column names, documented with the licence and the date on the open-data page.
 */
@Controller
class OpenDataController {

    static final String VI_PAGE = "/du-lieu-mo";
    static final String EN_PAGE = "/en/open-data";
    static final String VI_CSV = "/du-lieu-mo/khoan-vien-tro.csv";
    static final String VI_JSON = "/du-lieu-mo/khoan-vien-tro.json";
    static final String EN_CSV = "/en/open-data/aid-items.csv";
    static final String EN_JSON = "/en/open-data/aid-items.json";
    static final String VI_NEEDS_CSV = "/du-lieu-mo/danh-muc-du-an.csv";
    static final String VI_NEEDS_JSON = "/du-lieu-mo/danh-muc-du-an.json";
    static final String EN_NEEDS_CSV = "/en/open-data/projects-calling-for-aid.csv";
    static final String EN_NEEDS_JSON = "/en/open-data/projects-calling-for-aid.json";
    static final String VI_AGGREGATES_CSV = "/du-lieu-mo/so-lieu-tong-hop.csv";
    static final String VI_AGGREGATES_JSON = "/du-lieu-mo/so-lieu-tong-hop.json";
    static final String EN_AGGREGATES_CSV = "/en/open-data/aggregates.csv";
    static final String EN_AGGREGATES_JSON = "/en/open-data/aggregates.json";
    static final String LICENCE = "CC-BY-4.0";
    /** A licence that lets anyone reuse the data with credit to the province, as open-data charters ask. */
    static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";
    /** Excel reads a CSV file as UTF-8 only with a byte order mark. */
    private static final String BOM = "\uFEFF";

    private final TransparencyViews views;
    private final OpenDataViews data;
    private final Publications publications;
    private final MessageSource messages;
    private final Clock clock;

    OpenDataController(TransparencyViews views, OpenDataViews data, Publications publications,
                       MessageSource messages, Clock clock) {
        this.views = views;
        this.data = data;
        this.publications = publications;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping({VI_PAGE, EN_PAGE})
    @Nullable String page(HttpServletRequest request, HttpServletResponse response, WebRequest web, Model model) {
        PortalLanguage language = PortalLanguage.of(request.getRequestURI());
        if (publications.notModified(web, response, language)) {
            return null;
        }
        model.addAttribute("head", PageHead.of(messages.getMessage("portal.openData.title", null, language.locale()),
                messages.getMessage("portal.openData.description", null, language.locale()), language, VI_PAGE,
                EN_PAGE, null, "website"));
        model.addAttribute("columns", OpenDataRow.COLUMNS);
        model.addAttribute("csvUrl", language == PortalLanguage.VI ? VI_CSV : EN_CSV);
        model.addAttribute("jsonUrl", language == PortalLanguage.VI ? VI_JSON : EN_JSON);
        model.addAttribute("licenceUrl", LICENCE_URL);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("itemCount", views.openData().size());
        model.addAttribute("listUrl", language.transparency());
        boolean vi = language == PortalLanguage.VI;
        model.addAttribute("needColumns", OpenDataViews.NEED_COLUMNS);
        model.addAttribute("needCount", data.needs().rows().size());
        model.addAttribute("needsCsvUrl", vi ? VI_NEEDS_CSV : EN_NEEDS_CSV);
        model.addAttribute("needsJsonUrl", vi ? VI_NEEDS_JSON : EN_NEEDS_JSON);
        model.addAttribute("catalogueUrl", language.catalogue());
        model.addAttribute("aggregateColumns", OpenDataViews.AGGREGATE_COLUMNS);
        model.addAttribute("aggregatesCsvUrl", vi ? VI_AGGREGATES_CSV : EN_AGGREGATES_CSV);
        model.addAttribute("aggregatesJsonUrl", vi ? VI_AGGREGATES_JSON : EN_AGGREGATES_JSON);
        return "portal/transparency/open-data";
    }

    @GetMapping(value = {VI_CSV, EN_CSV})
    void csv(HttpServletRequest request, HttpServletResponse response, WebRequest web) throws java.io.IOException {
        if (publications.notModified(web, response, PortalLanguage.VI)) {
            return;
        }
        StringBuilder csv = new StringBuilder(BOM).append(String.join(",", OpenDataRow.COLUMNS)).append("\r\n");
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        for (OpenDataRow row : views.openData()) {
            csv.append(row.at(base).csv()).append("\r\n");
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName(request) + "\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    @GetMapping(value = {VI_JSON, EN_JSON}, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @Nullable Map<String, Object> json(HttpServletResponse response, WebRequest web) {
        if (publications.notModified(web, response, PortalLanguage.VI)) {
            return null;
        }
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("licence", LICENCE);
        file.put("licence_url", LICENCE_URL);
        file.put("generated_on", LocalDate.now(clock).toString());
        file.put("columns", OpenDataRow.COLUMNS);
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        List<Map<String, @Nullable Object>> items = views.openData().stream().map(row -> row.at(base).json())
                .toList();
        file.put("items", items);
        return file;
    }

    @GetMapping(value = {VI_NEEDS_CSV, EN_NEEDS_CSV})
    void needsCsv(HttpServletRequest request, HttpServletResponse response, WebRequest web) throws java.io.IOException {
        csv(data.needs(), request, response, web);
    }

    @GetMapping(value = {VI_NEEDS_JSON, EN_NEEDS_JSON}, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @Nullable Map<String, Object> needsJson(HttpServletResponse response, WebRequest web) {
        return json(data.needs(), response, web);
    }

    @GetMapping(value = {VI_AGGREGATES_CSV, EN_AGGREGATES_CSV})
    void aggregatesCsv(HttpServletRequest request, HttpServletResponse response, WebRequest web)
            throws java.io.IOException {
        csv(data.aggregates(), request, response, web);
    }

    @GetMapping(value = {VI_AGGREGATES_JSON, EN_AGGREGATES_JSON}, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @Nullable Map<String, Object> aggregatesJson(HttpServletResponse response, WebRequest web) {
        return json(data.aggregates(), response, web);
    }

    private void csv(OpenDataTable table, HttpServletRequest request, HttpServletResponse response, WebRequest web)
            throws java.io.IOException {
        if (publications.notModified(web, response, PortalLanguage.VI)) {
            return;
        }
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        byte[] body = (BOM + table.at(base).csv()).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName(request) + "\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private @Nullable Map<String, Object> json(OpenDataTable table, HttpServletResponse response, WebRequest web) {
        if (publications.notModified(web, response, PortalLanguage.VI)) {
            return null;
        }
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("licence", LICENCE);
        file.put("licence_url", LICENCE_URL);
        file.put("generated_on", LocalDate.now(clock).toString());
        file.put("columns", table.columns());
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        file.put("items", table.at(base).json());
        return file;
    }

    private static String fileName(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
