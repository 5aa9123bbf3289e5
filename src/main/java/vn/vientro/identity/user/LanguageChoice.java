package vn.vientro.identity.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.vientro.identity.Users;
import vn.vientro.platform.CurrentUser;

/**
 * When a signed-in user switches the pages' language ({@code ?lang=en}), remembers it on their account: notices and
 * mails written to them afterwards are rendered in that language. Only an actual switch writes.
 */
@Component
class LanguageChoice implements HandlerInterceptor, WebMvcConfigurer {

    private final Users users;

    LanguageChoice(Users users) {
        this.users = users;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/app/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String chosen = request.getParameter("lang");
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (("vi".equals(chosen) || "en".equals(chosen)) && user != null && CurrentUser.is(user.getName())) {
            users.chooseLanguage(user.getName(), Locale.forLanguageTag(chosen));
        }
        return true;
    }
}
