package vn.vientro.interchange.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.AttributesImpl;

/**
 * The file's root element as read, with the version normalised: each activity is checked by the schema as the only
 * child of this root, so the root's attributes and namespaces are checked too, and the facts inherit its language.
 * Read once per file, never changed afterwards.
 */
final class RootElement {

    private final String uri;
    private final String qName;
    private final List<String[]> namespaces;
    private final AttributesImpl attributes = new AttributesImpl();
    private final String language;
    private final long line;

    private RootElement(String uri, String qName, List<String[]> namespaces, String language, long line) {
        this.uri = uri;
        this.qName = qName;
        this.namespaces = namespaces;
        this.language = language;
        this.line = line;
    }

    /** The root element the reader is on, its {@code version} attribute given as {@code version}. */
    static RootElement of(XMLStreamReader reader, String version) {
        List<String[]> namespaces = new ArrayList<>();
        for (int i = 0; i < reader.getNamespaceCount(); i++) {
            namespaces.add(new String[] {blank(reader.getNamespacePrefix(i)), blank(reader.getNamespaceURI(i))});
        }
        String lang = reader.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        RootElement root = new RootElement(blank(reader.getNamespaceURI()), RecordedAttributes.qName(
                reader.getPrefix(), reader.getLocalName()), List.copyOf(namespaces),
                lang == null ? "" : lang.strip().toLowerCase(Locale.ROOT), reader.getLocation().getLineNumber());
        root.attributes.addAttribute("", "version", "version", "CDATA", version);
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String prefix = blank(reader.getAttributePrefix(i));
            String name = reader.getAttributeLocalName(i);
            if (prefix.isEmpty() && "version".equals(name)) {
                continue;
            }
            root.attributes.addAttribute(blank(reader.getAttributeNamespace(i)), name,
                    RecordedAttributes.qName(prefix, name), "CDATA", reader.getAttributeValue(i));
        }
        return root;
    }

    String uri() {
        return uri;
    }

    String localName() {
        return ActivityStream.ROOT;
    }

    String qName() {
        return qName;
    }

    /** The namespaces the root declares, each as {prefix, uri} ({@code ""} for the default one). */
    List<String[]> namespaces() {
        return namespaces;
    }

    Attributes attributes() {
        return attributes;
    }

    /** The line the root element starts on. */
    long line() {
        return line;
    }

    /** The root's {@code xml:lang}, lower case; {@code ""} when it gives none. */
    String language() {
        return language;
    }

    static String blank(@Nullable String value) {
        return value == null ? "" : value;
    }
}
