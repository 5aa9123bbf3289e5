package vn.vientro.portal.catalogue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.view.RedirectView;
import vn.vientro.mobilisation.PublishedNeeds;
import vn.vientro.portal.site.CanonicalAddress;
import vn.vientro.portal.site.PortalLanguage;
import vn.vientro.portal.site.Publications;
import vn.vientro.shared.NotFoundException;

import java.time.Duration;

/** The public catalogue of projects calling for aid: the filtered list, a page per need, and its photos. */
@Controller
class PortalCatalogueController {

    static final String VI_LIST = "/danh-muc-du-an";
    static final String EN_LIST = "/en/projects-calling-for-aid";

    private final PortalPageModel pages;
    private final Publications publications;
    private final PublishedNeeds needs;

    PortalCatalogueController(PortalPageModel pages, Publications publications, PublishedNeeds needs) {
        this.pages = pages;
        this.publications = publications;
        this.needs = needs;
    }

    @GetMapping({VI_LIST, EN_LIST})
    @Nullable String list(@RequestParam(required = false) @Nullable String field,
                          @RequestParam(required = false) @Nullable String sector,
                          @RequestParam(required = false) @Nullable String commune,
                          @RequestParam(required = false) @Nullable String min,
                          @RequestParam(required = false) @Nullable String max,
                          @RequestParam(required = false) @Nullable String period,
                          @RequestParam(required = false) @Nullable String page,
                          HttpServletRequest request, HttpServletResponse response, WebRequest web, Model model) {
        PortalLanguage language = PortalLanguage.of(request.getRequestURI());
        if (publications.notModified(web, response, language)) {
            return null;
        }
        return pages.list(language, CatalogueFilter.of(field, sector, commune, min, max, period, page),
                request.getQueryString(), model);
    }

    /** A need's page; an address with another or no slug (a title since translated) is sent to the right one. */
    @GetMapping({VI_LIST + "/{id:\\d+}-{slug}", VI_LIST + "/{id:\\d+}", EN_LIST + "/{id:\\d+}-{slug}",
            EN_LIST + "/{id:\\d+}"})
    @Nullable Object need(@PathVariable long id, HttpServletRequest request, HttpServletResponse response,
                          WebRequest web, Model model) {
        PortalLanguage language = PortalLanguage.of(request.getRequestURI());
        NeedDetail need = pages.need(language, id);
        Optional<RedirectView> elsewhere = CanonicalAddress.redirect(request, need.url());
        if (elsewhere.isPresent()) {
            return elsewhere.get();
        }
        if (publications.notModified(web, response, language)) {
            return null;
        }
        return pages.need(language, need, null, model);
    }

    /** A published need's photo; the address names one content, so it may be kept long. */
    @GetMapping(VI_LIST + "/{id:\\d+}/anh/{photoId:\\d+}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId, WebRequest web) {
        return needs.photo(id, photoId).map(photo -> {
            if (web.checkNotModified("\"" + photo.sha256() + "\"")) {
                return ResponseEntity.status(HttpStatus.NOT_MODIFIED).<byte[]>build();
            }
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                    .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                    .eTag("\"" + photo.sha256() + "\"").body(photo.content());
        }).orElseThrow(() -> new NotFoundException("photo", photoId));
    }
}
