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
    static final String LICENCE = "CC-BY-4.0";
    /** A licence that lets anyone reuse the data with credit to the province, as open-data charters ask. */
    static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";
    /** Excel reads a CSV file as UTF-8 only with a byte order mark. */
    private static final String BOM = "\uFEFF";

    private final TransparencyViews views;
    private final Publications publications;
    private final MessageSource messages;
    private final Clock clock;

    OpenDataController(TransparencyViews views, Publications publications, MessageSource messages, Clock clock) {
        this.views = views;
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

    private static String fileName(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
