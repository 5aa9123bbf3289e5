package vn.vientro.notification;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vientro.notification.inbox.InboxGroup;
import vn.vientro.platform.Breadcrumb;

@Controller
class NotificationController {

    private final Inbox inbox;
    private final MailOutbox outbox;

    NotificationController(Inbox inbox, MailOutbox outbox) {
        this.inbox = inbox;
        this.outbox = outbox;
    }

    @GetMapping("/app/notifications")
    String inbox(Authentication user, @RequestParam(defaultValue = "false") boolean unread, Model model) {
        List<InboxItem> items = inbox.latest(user.getName(), unread, 200);
        model.addAttribute("items", items);
        model.addAttribute("groups", InboxGroup.of(items));
        model.addAttribute("unreadOnly", unread);
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.here("notification.inbox.title")));
        return "notification/inbox";
    }

    @PostMapping("/app/notifications/{id}/read")
    String markRead(Authentication user, @PathVariable long id, @RequestParam(required = false) @Nullable String next) {
        inbox.markRead(user.getName(), id);
        return "redirect:" + (next != null && next.startsWith("/app/") ? next : "/app/notifications");
    }

    /** Marks the notices of one record read at once (only the reader's own: others' ids are ignored). */
    @PostMapping("/app/notifications/read")
    String markGroupRead(Authentication user, @RequestParam List<Long> ids) {
        inbox.markRead(user.getName(), ids);
        return "redirect:/app/notifications";
    }

    @PostMapping("/app/notifications/read-all")
    String markAllRead(Authentication user, RedirectAttributes redirect) {
        inbox.markAllRead(user.getName());
        redirect.addFlashAttribute("flashSuccess", "notification.inbox.allRead");
        return "redirect:/app/notifications";
    }

    @GetMapping("/app/admin/outbox")
    @PreAuthorize(NotificationPolicy.READ_OUTBOX)
    String outbox(@RequestParam(required = false) @Nullable String status, Model model) {
        String filter = status == null || status.isBlank() ? null : status;
        model.addAttribute("mails", outbox.latest(filter, 200));
        model.addAttribute("counts", outbox.countsByStatus());
        model.addAttribute("status", filter);
        model.addAttribute("smtpConfigured", outbox.smtpConfigured());
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.link("platform.home.title", "/app"),
                Breadcrumb.here("notification.outbox.title")));
        return "notification/outbox";
    }
}
