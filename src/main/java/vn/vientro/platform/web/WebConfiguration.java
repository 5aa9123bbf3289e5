package vn.vientro.platform.web;

import jakarta.servlet.DispatcherType;
import java.time.Duration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import vn.vientro.platform.VientroProperties;

/** Vietnamese first; {@code ?lang=en} switches and a cookie keeps the choice for a year. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final VientroProperties properties;
    private final LayoutModelInterceptor layoutModel;
    private final ApplicationContext context;

    WebConfiguration(VientroProperties properties, LayoutModelInterceptor layoutModel, ApplicationContext context) {
        this.properties = properties;
        this.layoutModel = layoutModel;
        this.context = context;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("vientro-lang");
        resolver.setDefaultLocale(MessageSourceConfiguration.VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setRejectInvalidCookies(true);
        return resolver;
    }

    /**
     * Takes the place of Spring's ResourceUrlEncodingFilter: a bean of that type is there, so Spring Boot leaves its
     * own out.
     */
    @Bean
    WebJarLinkFilter webJarLinkFilter(ResourceUrlProvider resources) {
        return new WebJarLinkFilter(resources);
    }

    /** Error pages are rendered on the error dispatch: their links are versioned too, as Spring Boot's filter did. */
    @Bean
    FilterRegistrationBean<WebJarLinkFilter> webJarLinkFilterRegistration(WebJarLinkFilter filter) {
        FilterRegistrationBean<WebJarLinkFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor localeChange = new LocaleChangeInterceptor();
        localeChange.setParamName("lang");
        localeChange.setIgnoreInvalidLocale(true);
        registry.addInterceptor(localeChange);
        // before the permission check, whose expressions may look a parameter up
        registry.addInterceptor(new ParametersWithoutNul());
        registry.addInterceptor(new PermissionBeforeBinding(context));
        registry.addInterceptor(layoutModel);
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        VietnameseFormats formats = new VietnameseFormats(properties.timeZone());
        registry.addFormatter(formats.dateFormatter());
        registry.addFormatter(formats.instantFormatter());
        registry.addFormatter(formats.moneyFormatter());
    }
}
