package vn.vientro.platform.web;

import java.util.Comparator;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.vientro.platform.Breadcrumb;
import vn.vientro.platform.HomePanel;
import vn.vientro.platform.HomeWidget;

/** Each staff member's home with what waits for them; the public home is the portal's. */
@Controller
class HomeController {

    private final ObjectProvider<HomeWidget> widgets;
    private final ObjectProvider<HomePanel> panels;

    HomeController(ObjectProvider<HomeWidget> widgets, ObjectProvider<HomePanel> panels) {
        this.widgets = widgets;
        this.panels = panels;
    }

    @GetMapping("/app")
    String home(Authentication user, java.util.Locale locale, Model model) {
        model.addAttribute("homePanel", panels.orderedStream().map(panel -> panel.fill(user, locale, model))
                .flatMap(Optional::stream).findFirst().orElse(null));
        model.addAttribute("tiles", widgets.orderedStream()
                .map(widget -> widget.tileFor(user))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(HomeWidget.Tile::order))
                .toList());
        model.addAttribute("breadcrumbs", Breadcrumb.trail(Breadcrumb.here("platform.home.title")));
        return "platform/web/home";
    }
}
