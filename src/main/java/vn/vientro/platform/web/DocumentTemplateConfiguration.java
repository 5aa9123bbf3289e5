package vn.vientro.platform.web;

import java.nio.charset.StandardCharsets;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.support.FormattingConversionService;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;
import vn.vientro.platform.DocumentTemplates;
import vn.vientro.platform.VientroProperties;

/**
 * The engine of document templates. It is not a bean itself: a second template engine bean would make Spring Boot
 * leave out the one that renders pages.
 */
@Configuration(proxyBeanMethods = false)
class DocumentTemplateConfiguration {

    @Bean
    DocumentTemplates documentTemplates(ApplicationContext context, MessageSource messages,
                                        VientroProperties properties) {
        SpringResourceTemplateResolver resolver = new SpringResourceTemplateResolver();
        resolver.setApplicationContext(context);
        resolver.setPrefix("classpath:/templates/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        engine.setEnableSpringELCompiler(true);
        return new DocumentTemplates(engine, context, formats(properties));
    }

    private static FormattingConversionService formats(VientroProperties properties) {
        VietnameseFormats formats = new VietnameseFormats(properties.timeZone());
        FormattingConversionService service = new FormattingConversionService();
        service.addFormatter(formats.dateFormatter());
        service.addFormatter(formats.instantFormatter());
        service.addFormatter(formats.moneyFormatter());
        service.addPrinter(formats.decimalPrinter());
        return service;
    }
}
