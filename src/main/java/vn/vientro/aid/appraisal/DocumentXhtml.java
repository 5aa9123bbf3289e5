package vn.vientro.aid.appraisal;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
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
 * template reads as one space, so that templates may wrap long sentences.
 */
final class DocumentXhtml {

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
        return runs;
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
