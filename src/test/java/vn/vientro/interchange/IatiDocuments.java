package vn.vientro.interchange;

import java.io.ByteArrayInputStream;
import java.util.Collections;
import java.util.Iterator;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** An IATI file as the export tests read it: parsed without DTDs, asked by XPath with {@code xml:lang} known. */
final class IatiDocuments {

    private IatiDocuments() {
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static String text(Document document, String path) throws Exception {
        return xpath().evaluate(path, document);
    }

    static int count(Document document, String path) throws Exception {
        return nodes(document, path).getLength();
    }

    static NodeList nodes(Document document, String path) throws Exception {
        return (NodeList) xpath().evaluate(path, document, XPathConstants.NODESET);
    }

    private static XPath xpath() {
        XPath xpath = XPathFactory.newDefaultInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return "xml".equals(prefix) ? XMLConstants.XML_NS_URI : XMLConstants.NULL_NS_URI;
            }

            @Override
            public String getPrefix(String namespaceUri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String namespaceUri) {
                return Collections.emptyIterator();
            }
        });
        return xpath;
    }
}
