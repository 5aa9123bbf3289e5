package vn.vientro.interchange.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import jakarta.validation.Valid;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.vientro.interchange.InterchangePolicy;
import vn.vientro.platform.BoundForms;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.shared.BusinessRuleException;

/** Upload → background read with progress → report and merge preview → apply; htmx only refreshes the job. */
@Controller
@RequestMapping(IatiImportController.PATH)
@PreAuthorize(InterchangePolicy.IMPORT)
class IatiImportController {

    static final String PATH = "/app/interchange/imports";
    /** The report of a badly broken file stays readable: the first refused activities, and how many in all. */
    static final int REFUSED_SHOWN = 200;
    /** Activities per page of the merge preview. */
    static final int PREVIEW_PAGE = 20;

    private final IatiImports imports;
    private final InterchangePolicy policy;

    IatiImportController(IatiImports imports, InterchangePolicy policy) {
        this.imports = imports;
        this.policy = policy;
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
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", new FileError("interchange.import.file.noFile", List.of()));
            return page(model);
        }
        try (InputStream content = file.getInputStream()) {
            return "redirect:" + PATH + "/" + imports.upload(displayName(file), content);
        } catch (BusinessRuleException e) {
            model.addAttribute("fileError", new FileError(e.messageKey(), List.of(e.arguments())));
            return page(model);
        }
    }

    /** An administrator's address of a file for the server to fetch; a refusal shows at the address, as typed. */
    @PostMapping("/url")
    @PreAuthorize(InterchangePolicy.IMPORT_FROM_ADDRESS)
    String fetch(@Valid @ModelAttribute("addressForm") AddressForm form, BindingResult errors, Model model)
            throws IOException {
        if (!errors.hasErrors()) {
            try {
                return "redirect:" + PATH + "/" + imports.fetch(Objects.requireNonNull(form.url()));
            } catch (BusinessRuleException e) {
                errors.rejectValue("url", e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        return page(model);
    }

    /** The job's page; htmx polls the same URL every second for the job fragment while it runs. */
    @GetMapping("/{id:\\d+}")
    String job(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
               @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        ImportJobView job = imports.job(id);
        model.addAttribute("job", job);
        model.addAttribute("refused", job.running() ? List.of() : imports.activities(id, true, 0, REFUSED_SHOWN));
        int shown = Math.max(0, page);
        boolean reviewable = job.awaitingDecisions() || job.done();
        model.addAttribute("previews", reviewable ? imports.previews(id, shown * PREVIEW_PAGE, PREVIEW_PAGE)
                : List.of());
        model.addAttribute("outcomes", job.done() ? imports.activities(id, false, shown * PREVIEW_PAGE, PREVIEW_PAGE)
                : List.of());
        model.addAttribute("crossCheck", imports.crossCheck(id));
        model.addAttribute("previewPageSize", PREVIEW_PAGE);
        model.addAttribute("page", shown);
        model.addAttribute("pageCount", Math.max(1, (job.activities() + PREVIEW_PAGE - 1) / PREVIEW_PAGE));
        return htmx != null ? "interchange/importing/import :: job" : page(model);
    }

    /**
     * The choices of the preview's selects (named {@code d-<activity>-<field>}), saved; with {@code apply}, writing
     * starts and the page follows its progress.
     */
    @PostMapping("/{id:\\d+}/decisions")
    String decide(@PathVariable long id, @RequestParam Map<String, String> form,
                  @RequestParam(defaultValue = "false") boolean apply, @RequestParam(defaultValue = "0") int page) {
        Map<Long, Map<String, String>> decisions = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            Matcher matcher = CHOICE.matcher(name);
            if (matcher.matches()) {
                decisions.computeIfAbsent(Long.parseLong(matcher.group(1)), a -> new LinkedHashMap<>())
                        .put(matcher.group(2), value);
            }
        });
        imports.decide(id, decisions, apply);
        return "redirect:" + PATH + "/" + id + (apply ? "" : "?page=" + Math.max(0, page));
    }

    private static final Pattern CHOICE = Pattern.compile("d-(\\d{1,18})-([A-Za-z]{1,40})");

    /** Only for showing: the last path segment, as some browsers send the whole client path. */
    static String displayName(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return last.isEmpty() ? "-" : last.substring(0, Math.min(last.length(), 200));
    }

    private String page(Model model) {
        if (policy.canImportFromAddress()) {
            BoundForms.showBlank(model, "addressForm", AddressForm.blank());
        }
        model.addAttribute("importsFromAddress", policy.canImportFromAddress());
        model.addAttribute("maxMegabytes", IatiImports.MAX_BYTES / (1024 * 1024));
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.here("interchange.import.title")));
        return "interchange/importing/import";
    }
}
