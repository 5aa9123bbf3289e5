package vn.vientro.aid.appraisal;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The XHTML a document template renders, read back for layout: the parts of its body in order, and the text of each
 * paragraph as runs (bold and italic from {@code <b>} and {@code <i>}). A line break with its indentation in the
 * template reads as one space, so that templates may wrap long sentences. A stop a stored value ends with gives way to
 * the one the template puts after it, so that no name ending in a full stop reads "xã.." in a document.
 */
final class DocumentXhtml {

    /** Three full stops or more typed for an ellipsis: one character, so that the stops below never eat it. */
    private static final Pattern TYPED_ELLIPSIS = Pattern.compile("\\.{3,}");
    /** A stop, comma, colon or semicolon before another ("xã." + "."), or a full stop after "!" or "?". */
    private static final Pattern DOUBLED = Pattern.compile("[.,;:]+(?=[.,;:])|(?<=[!?])\\.");
    private static final String MARKS = ".,;:";

    /** Text with one style, within a paragraph. */
    record Run(String text, boolean bold, boolean italic) {
    }

    private DocumentXhtml() {
    }

    static List<Element> bodyParts(String xhtml) {
        Element html = parse(xhtml).getDocumentElement();
        Element body = children(html).stream().filter(e -> "body".equals(e.getLocalName())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("document without a body"));
        return children(body);
    }

    static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    static String className(Element element) {
        return element.getAttribute("class");
    }

    /** The paragraph's runs, edges trimmed; a paragraph without text has none. */
    static List<Run> runs(Element paragraph) {
        List<Run> runs = new ArrayList<>();
        collect(paragraph, false, false, runs);
        if (!runs.isEmpty()) {
            Run first = runs.get(0);
            runs.set(0, new Run(first.text().stripLeading(), first.bold(), first.italic()));
            Run last = runs.get(runs.size() - 1);
            runs.set(runs.size() - 1, new Run(last.text().stripTrailing(), last.bold(), last.italic()));
        }
        runs.removeIf(run -> run.text().isEmpty());
        return punctuated(runs);
    }

    /** The runs without doubled punctuation, within a run and where one run meets the next. */
    private static List<Run> punctuated(List<Run> runs) {
        List<Run> tidy = new ArrayList<>();
        for (Run run : runs) {
            String text = DOUBLED.matcher(TYPED_ELLIPSIS.matcher(run.text()).replaceAll("\u2026")).replaceAll("");
            Run previous = tidy.isEmpty() ? null : tidy.get(tidy.size() - 1);
            if (previous != null && !text.isEmpty() && MARKS.indexOf(text.charAt(0)) >= 0) {
                String before = previous.text();
                int end = before.length();
                while (end > 0 && MARKS.indexOf(before.charAt(end - 1)) >= 0) {
                    end--;
                }
                tidy.set(tidy.size() - 1, new Run(before.substring(0, end), previous.bold(), previous.italic()));
            }
            tidy.add(new Run(text, run.bold(), run.italic()));
        }
        tidy.removeIf(run -> run.text().isEmpty());
        return tidy;
    }

    private static void collect(Node parent, boolean bold, boolean italic, List<Run> runs) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                append(runs, new Run(node.getNodeValue().replaceAll("[ \\t]*\\R\\s*", " "), bold, italic));
            } else if (node instanceof Element element) {
                String name = element.getLocalName();
                collect(element, bold || "b".equals(name), italic || "i".equals(name), runs);
            }
        }
    }

    private static void append(List<Run> runs, Run run) {
        Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
        if (last != null && last.bold() == run.bold() && last.italic() == run.italic()) {
            runs.set(runs.size() - 1, new Run(last.text() + run.text(), run.bold(), run.italic()));
        } else {
            runs.add(run);
        }
    }

    /** The JDK's parser with DTDs and external entities off: the text holds values people typed. */
    private static org.w3c.dom.Document parse(String xhtml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("document template did not render well-formed XHTML", e);
        }
    }
}
