package vn.vientro.reference.calendar;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vientro.platform.FormPosts;
import vn.vientro.reference.ReferencePolicy;

@Controller
@RequestMapping("/app/reference/calendar")
class CalendarController {

    private static final String PAGE = "reference/calendar/calendar";

    private final CalendarPage page;
    private final CalendarOverrides overrides;
    private final Clock clock;

    CalendarController(CalendarPage page, CalendarOverrides overrides, Clock clock) {
        this.page = page;
        this.overrides = overrides;
        this.clock = clock;
    }

    @GetMapping
    String show(@RequestParam(required = false) @Nullable Integer year, Model model) {
        page.fill(model, year == null ? LocalDate.now(clock).getYear() : year);
        return PAGE;
    }

    @PostMapping("/overrides")
    @PreAuthorize(ReferencePolicy.MANAGE_CALENDAR)
    String record(@Valid @ModelAttribute("overrideForm") OverrideForm form, BindingResult errors,
                  @RequestParam int year, Model model, RedirectAttributes redirect) {
        return FormPosts.submit(errors, () -> {
            OverrideDetails details = form.toDetails();
            overrides.record(details);
            return FormPosts.saved(redirect, "reference.calendar.override.saved",
                    "/app/reference/calendar?year=" + details.day().getYear());
        }, e -> errors.rejectValue(e.field() == null ? "day" : e.field(), e.messageKey(), e.arguments(),
                e.messageKey()), () -> {
                    page.fill(model, year);
                    return PAGE;
                });
    }

    @PostMapping("/overrides/{id}/delete")
    @PreAuthorize(ReferencePolicy.MANAGE_CALENDAR)
    String delete(@PathVariable long id, @RequestParam long version, @RequestParam int year,
                  RedirectAttributes redirect) {
        try {
            overrides.delete(id, version);
            redirect.addFlashAttribute("flashSuccess", "reference.calendar.override.deleted");
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("calendarError", "reference.calendar.override.changed");
        }
        return "redirect:/app/reference/calendar?year=" + year;
    }

    @PostMapping("/switches/{key}")
    @PreAuthorize(ReferencePolicy.MANAGE_CALENDAR)
    String switchRule(@PathVariable String key, @RequestParam boolean inForce, @RequestParam int year,
                      RedirectAttributes redirect) {
        try {
            overrides.switchRule(key, inForce);
            redirect.addFlashAttribute("flashSuccess", "reference.calendar.switch.saved");
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("calendarError", "reference.calendar.switch.changed");
        }
        return "redirect:/app/reference/calendar?year=" + year;
    }
}
