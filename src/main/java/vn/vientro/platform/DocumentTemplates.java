package vn.vientro.platform;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionService;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Renders the wording of a document laid out elsewhere (a Word draft, later a PDF) from {@code templates/<name>.xhtml}:
 * Thymeleaf in XML mode, so the result is always well-formed XHTML, with the message bundles and the platform's
 * formats ({@code ${{date}}} prints {@code 05/03/2026} as pages do; numbers print in the document's language).
 */
public class DocumentTemplates {

    private final ITemplateEngine engine;
    private final ApplicationContext context;
    private final ConversionService formats;

    public DocumentTemplates(ITemplateEngine engine, ApplicationContext context, ConversionService formats) {
        this.engine = engine;
        this.context = context;
        this.formats = formats;
    }

    public String render(String template, Map<String, Object> model, Locale locale) {
        Context variables = new Context(locale, model);
        variables.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, formats));
        // the formats read the language from the thread, not from the template's context: the document's, not the
        // reader's page language, decides how its numbers are written
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(locale);
        try {
            return engine.process(template, variables);
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }
}
