package vn.vientro.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.vientro.platform.VientroProperties;

/**
 * Loads every module's {@code i18n/<module>_vi.properties} / {@code _en.properties} pair; Vietnamese by default. Dates,
 * instants, amounts and decimals given as arguments are printed as pages print them.
 */
@Configuration(proxyBeanMethods = false)
class MessageSourceConfiguration {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Bean
    MessageSource messageSource(VientroProperties properties) throws IOException {
        Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*_vi.properties");
        String[] basenames = Arrays.stream(bundles)
                .map(Resource::getFilename)
                .filter(Objects::nonNull)
                .map(name -> "classpath:i18n/" + name.substring(0, name.length() - "_vi.properties".length()))
                .distinct()
                .sorted()
                .toArray(String[]::new);
        ReloadableResourceBundleMessageSource source =
                new TypedArgumentMessageSource(new VietnameseFormats(properties.timeZone()));
        source.setBasenames(basenames);
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(VIETNAMESE);
        source.setUseCodeAsDefaultMessage(false);
        return source;
    }
}
