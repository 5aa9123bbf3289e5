package vn.vientro.registry.importing;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.registry.RegistryPolicy;
import vn.vientro.shared.BusinessRuleException;

/** Upload → row-by-row report → confirm → progress → result; each step is a full page, htmx only refreshes the job. */
@Controller
@RequestMapping(OrganisationImportController.PATH)
@PreAuthorize(RegistryPolicy.WRITE)
class OrganisationImportController {

    static final String PATH = "/app/registry/organisations/import";
    /** A report of a badly broken file stays readable: the first findings, and how many there are in all. */
    static final int PROBLEMS_SHOWN = 500;
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final OrganisationImports imports;
    private final ImportTemplate template;

    OrganisationImportController(OrganisationImports imports, ImportTemplate template) {
        this.imports = imports;
        this.template = template;
    }

    /** Why the file as a whole was refused: a message key and its arguments. */
    record FileError(String key, List<Object> arguments) {

        public Object[] messageArguments() {
            return arguments.toArray();
        }
    }

    @GetMapping
    String form(Model model) {
        return page(model);
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model)
            throws IOException {
        // The servlet accepts 25 MB for every upload; imports have a tighter limit, checked before reading.
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", new FileError("registry.import.file.noFile", List.of()));
        } else if (file.getSize() > SpreadsheetReader.MAX_BYTES) {
            model.addAttribute("fileError", new FileError("registry.import.file.tooLarge",
                    List.of(SpreadsheetReader.MAX_BYTES / (1024 * 1024))));
        } else {
            try {
                return "redirect:" + PATH + "/" + imports.upload(displayName(file), file.getBytes());
            } catch (BusinessRuleException e) {
                model.addAttribute("fileError", new FileError(e.messageKey(), List.of(e.arguments())));
            }
        }
        return page(model);
    }

    /** The job's page; htmx polls the same URL every second for the job fragment while it runs. */
    @GetMapping("/{id:\\d+}")
    String job(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
               Model model) {
        model.addAttribute("job", imports.job(id));
        model.addAttribute("problems", imports.problems(id, PROBLEMS_SHOWN));
        model.addAttribute("problemCount", imports.problemCount(id));
        return htmx != null ? "registry/importing/organisation-import :: job" : page(model);
    }

    @PostMapping("/{id:\\d+}/confirm")
    String confirm(@PathVariable long id) {
        imports.confirm(id);
        return "redirect:" + PATH + "/" + id;
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> xlsxTemplate(Locale locale) {
        return download(template.xlsx(locale), XLSX, "organisations-template.xlsx");
    }

    @GetMapping("/template.csv")
    ResponseEntity<byte[]> csvTemplate(Locale locale) {
        return download(template.csv(locale), new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
                "organisations-template.csv");
    }

    private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(content);
    }

    /** Only for showing: the last path segment, as some browsers send the whole client path. */
    private static String displayName(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return last.isEmpty() ? "-" : last.substring(0, Math.min(last.length(), 200));
    }

    private String page(Model model) {
        model.addAttribute("maxMegabytes", SpreadsheetReader.MAX_BYTES / (1024 * 1024));
        model.addAttribute("maxRows", SpreadsheetReader.MAX_ROWS);
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.link("registry.organisations.title", "/app/registry/organisations"),
                Breadcrumb.here("registry.import.title")));
        return "registry/importing/organisation-import";
    }
}
