package vn.vientro.monitoring.calendar;

import java.nio.charset.StandardCharsets;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.vientro.monitoring.MonitoringPolicy;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.platform.FormPosts;

/**
 * The calendar feeds: the user's page to make, renew or revoke their personal feed's address, and the feeds
 * themselves, read by calendar programs without a session (the personal one by the secret in its address).
 */
@Controller
class FeedController {

    private static final String PAGE = "/app/monitoring/calendar";
    private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;

    FeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping(PAGE)
    @PreAuthorize(MonitoringPolicy.KEEP_CALENDAR_FEED)
    String page(Model model) {
        model.addAttribute("madeAt", feeds.madeAt().orElse(null));
        model.addAttribute("provinceUrl", baseUrl() + "/calendar/province.ics");
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.here("monitoring.calendar.title")));
        return "monitoring/calendar/page";
    }

    @PostMapping(PAGE + "/address")
    @PreAuthorize(MonitoringPolicy.KEEP_CALENDAR_FEED)
    String make(RedirectAttributes redirect) {
        redirect.addFlashAttribute("feedUrl", baseUrl() + "/calendar/feeds/" + feeds.make() + ".ics");
        return FormPosts.saved(redirect, "monitoring.calendar.made", PAGE);
    }

    @PostMapping(PAGE + "/revocation")
    @PreAuthorize(MonitoringPolicy.KEEP_CALENDAR_FEED)
    String revoke(RedirectAttributes redirect) {
        feeds.revoke();
        return FormPosts.saved(redirect, "monitoring.calendar.revoked", PAGE);
    }

    @GetMapping("/calendar/feeds/{secret}.ics")
    ResponseEntity<String> personal(@PathVariable String secret) {
        return ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore().cachePrivate())
                .header("Referrer-Policy", "no-referrer")
                .body(feeds.personalFeed(secret, baseUrl()));
    }

    @GetMapping("/calendar/province.ics")
    ResponseEntity<String> province() {
        return ResponseEntity.ok().contentType(CALENDAR)
                .body(feeds.provinceFeed(LocaleContextHolder.getLocale(), baseUrl()));
    }

    private static String baseUrl() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }
}
