package vn.vientro.portal.procedures;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The rich text the focal point writes on a procedure page, kept to an allow-list: headings, paragraphs, lists,
 * emphasis, tables and links to web or mail addresses. Anything else (scripts, styles, event handlers, frames, forms,
 * {@code javascript:} or {@code data:} addresses) is dropped by the OWASP sanitizer, which parses the HTML as a browser
 * would rather than matching patterns. Text is sanitised when saved and again when shown.
 */
final class RichText {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "h2", "h3", "h4", "ul", "ol", "li", "strong", "b", "em", "i", "u", "blockquote",
                    "table", "thead", "tbody", "tr", "th", "td", "caption", "a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .allowAttributes("scope").matching(Pattern.compile("row|col")).onElements("th")
            .requireRelNofollowOnLinks()
            .toFactory();

    private RichText() {
    }

    /** The text with only the allowed markup; null or blank reads as empty. */
    static String sanitise(String html) {
        return html == null || html.isBlank() ? "" : POLICY.sanitize(html).strip();
    }
}
