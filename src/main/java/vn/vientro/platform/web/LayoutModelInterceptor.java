package vn.vientro.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.vientro.platform.HeaderIndicator;
import vn.vientro.platform.MenuContribution;
import vn.vientro.platform.MenuItem;
import vn.vientro.platform.Province;
import vn.vientro.platform.UserDisplay;

/** Gives every rendered page what the layout needs: province, the user's menu, header counters, language. */
@Component
class LayoutModelInterceptor implements HandlerInterceptor {

    private final ProvinceDirectory provinces;
    private final ObjectProvider<MenuContribution> menus;
    private final ObjectProvider<HeaderIndicator> indicators;
    private final UploadLimits uploadLimits;

    LayoutModelInterceptor(ProvinceDirectory provinces, ObjectProvider<MenuContribution> menus,
                           ObjectProvider<HeaderIndicator> indicators, UploadLimits uploadLimits) {
        this.provinces = provinces;
        this.menus = menus;
        this.indicators = indicators;
        this.uploadLimits = uploadLimits;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           @Nullable ModelAndView modelAndView) {
        if (modelAndView == null || isRedirect(modelAndView)) {
            return;
        }
        Map<String, Object> model = modelAndView.getModel();
        String language = RequestContextUtils.getLocale(request).getLanguage();
        Province province = provinces.deploymentProvince();
        model.put("province", province);
        model.put("provinceTitle", "en".equals(language) ? province.fullNameEn() : province.fullNameVi());
        model.put("provinceName", "en".equals(language) ? province.fullNameEn() : inRunningText(province.fullNameVi()));
        model.put("lang", "en".equals(language) ? "en" : "vi");
        model.put("currentPath", request.getRequestURI());
        signedInUser().ifPresent(user -> addUserModel(model, user, request));
    }

    private void addUserModel(Map<String, Object> model, Authentication user, HttpServletRequest request) {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf) {
            // htmx sends this header on every request it makes (hx-headers on <body>)
            model.put("htmxHeaders", "{\"" + csrf.getHeaderName() + "\": \"" + csrf.getToken() + "\"}");
        }
        Map<String, List<MenuItem>> menu = menu();
        model.put("menuSections", menu);
        // a file field refuses a file over its form's limit before it is sent (js/vientro.js)
        model.put("uploadLimits", uploadLimits.forPages(request.getContextPath(),
                Locale.forLanguageTag(String.valueOf(model.get("lang")))));
        model.put("activeMenuHref", activeHref(menu, String.valueOf(model.get("currentPath"))));
        model.put("headerIndicators", indicators.orderedStream()
                .map(indicator -> indicator.indicatorFor(user))
                .flatMap(Optional::stream)
                .toList());
        if (user.getPrincipal() instanceof UserDisplay display) {
            model.put("userDisplayName", display.displayName());
            model.put("userAgencyName", display.agencyName());
        } else {
            model.put("userDisplayName", user.getName());
        }
    }

    private Map<String, List<MenuItem>> menu() {
        return menus.orderedStream()
                .flatMap(contribution -> contribution.menuItems().stream())
                .filter(MenuItem::visible)
                .sorted(Comparator.comparingInt(MenuItem::order))
                .collect(Collectors.groupingBy(MenuItem::section, LinkedHashMap::new, Collectors.toList()));
    }

    /** "Tỉnh Phú Thọ" is written "tỉnh Phú Thọ" inside a sentence ("Ủy ban nhân dân tỉnh Phú Thọ"). */
    private static String inRunningText(String fullName) {
        return fullName.isEmpty() ? fullName : Character.toLowerCase(fullName.charAt(0)) + fullName.substring(1);
    }

    /** The entry the current page belongs to: the longest link the path starts with (so only one is marked). */
    private static String activeHref(Map<String, List<MenuItem>> menu, String path) {
        return menu.values().stream().flatMap(List::stream).map(MenuItem::href)
                .filter(href -> path.equals(href) || path.startsWith(href + "/"))
                .max(Comparator.comparingInt(String::length)).orElse("");
    }

    private static Optional<Authentication> signedInUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return Optional.of(authentication);
    }

    private static boolean isRedirect(ModelAndView modelAndView) {
        String viewName = modelAndView.getViewName();
        return viewName != null && (viewName.startsWith("redirect:") || viewName.startsWith("forward:"));
    }
}
