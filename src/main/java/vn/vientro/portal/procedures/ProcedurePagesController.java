package vn.vientro.portal.procedures;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.view.RedirectView;
import vn.vientro.aid.files.FileDownloads;
import vn.vientro.portal.site.PageHead;
import vn.vientro.portal.site.CanonicalAddress;
import vn.vientro.portal.site.PortalLanguage;
import vn.vientro.portal.site.Publications;
import vn.vientro.shared.NotFoundException;

/** The procedures on the portal: their list, a page each, and their forms to download. */
@Controller
class ProcedurePagesController {

    static final String VI_LIST = "/thu-tuc";
    static final String EN_LIST = "/en/procedures";

    private final ProcedureViews views;
    private final Procedures procedures;
    private final Publications publications;
    private final MessageSource messages;

    ProcedurePagesController(ProcedureViews views, Procedures procedures, Publications publications,
                             MessageSource messages) {
        this.views = views;
        this.procedures = procedures;
        this.publications = publications;
        this.messages = messages;
    }

    @GetMapping({VI_LIST, EN_LIST})
    @Nullable String list(HttpServletRequest request, HttpServletResponse response, WebRequest web, Model model) {
        PortalLanguage language = PortalLanguage.of(request.getRequestURI());
        if (publications.notModified(web, response, language)) {
            return null;
        }
        model.addAttribute("head", PageHead.of(text("portal.procedures.title", language),
                text("portal.procedures.description", language), language, VI_LIST, EN_LIST, null, "website"));
        model.addAttribute("procedures", views.all(language));
        return "portal/procedures/list";
    }

    /** A procedure's page; its address in the other language, or with another slug, is sent to the right one. */
    @GetMapping({VI_LIST + "/{slug:[a-z0-9-]+}", EN_LIST + "/{slug:[a-z0-9-]+}"})
    @Nullable Object page(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response,
                          WebRequest web, Model model) {
        PortalLanguage language = PortalLanguage.of(request.getRequestURI());
        ProcedureKind kind = ProcedureKind.bySlug(slug).orElseThrow(() -> new NotFoundException("procedure", slug));
        ProcedureView page = views.page(kind, language);
        Optional<RedirectView> elsewhere = CanonicalAddress.redirect(request, page.url());
        if (elsewhere.isPresent()) {
            return elsewhere.get();
        }
        if (publications.notModified(web, response, language)) {
            return null;
        }
        model.addAttribute("head", PageHead.of(page.title(), page.summary(), language, page.viUrl(), page.enUrl(),
                null, "article"));
        model.addAttribute("procedure", page);
        model.addAttribute("listUrl", language.procedures());
        return "portal/procedures/page";
    }

    /** A form of a procedure, as the focal point uploaded it. */
    @GetMapping(ProcedureViews.FORMS + "{formId:\\d+}")
    ResponseEntity<Resource> form(@PathVariable long formId) {
        Procedures.Download download = procedures.download(formId);
        return FileDownloads.attachment(download.file(), download.name(), new ByteArrayResource(download.content()));
    }

    private String text(String key, PortalLanguage language) {
        return messages.getMessage(key, null, language.locale());
    }
}
