package vn.vientro.interchange.importing;

import javax.xml.XMLConstants;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;

/**
 * The attributes of the start element a recorded activity's cursor is on, seen as SAX attributes without copying
 * them: valid until the cursor moves on, which is all a SAX handler may count on.
 */
final class RecordedAttributes implements Attributes {

    private static final String XML_LANG = "xml:lang";
    /** The activity whose cursor is read; set before the first start element is handed over. */
    RecordedActivity events;

    RecordedAttributes(RecordedActivity events) {
        this.events = events;
    }

    /** Attributes of no activity yet: {@link #events} is set before use. */
    RecordedAttributes() {
        this.events = new RecordedActivity(0, 0);
    }

    /**
     * {@code prefix:local}, or {@code local} without a prefix; interned, as the names the parser gives are (the schema
     * check declares its names interned, see {@link ActivitySchema}).
     */
    static String qName(@Nullable String prefix, String local) {
        if (prefix == null || prefix.isEmpty()) {
            return local;
        }
        if (XMLConstants.XML_NS_PREFIX.equals(prefix) && "lang".equals(local)) {
            return XML_LANG;
        }
        return (prefix + ':' + local).intern(); // seldom: a name of an extension's namespace
    }

    @Override
    public int getLength() {
        return events.attributeCount();
    }

    @Override
    public @Nullable String getURI(int index) {
        return inRange(index) ? events.attributeNamespace(index) : null;
    }

    @Override
    public @Nullable String getLocalName(int index) {
        return inRange(index) ? events.attributeLocalName(index) : null;
    }

    @Override
    public @Nullable String getQName(int index) {
        return inRange(index) ? qName(events.attributePrefix(index), events.attributeLocalName(index)) : null;
    }

    @Override
    public @Nullable String getType(int index) {
        return inRange(index) ? "CDATA" : null;
    }

    @Override
    public @Nullable String getValue(int index) {
        return inRange(index) ? events.attributeValue(index) : null;
    }

    @Override
    public int getIndex(String uri, String localName) {
        for (int i = 0; i < getLength(); i++) {
            if (java.util.Objects.equals(getURI(i), uri) && java.util.Objects.equals(getLocalName(i), localName)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int getIndex(String qName) {
        for (int i = 0; i < getLength(); i++) {
            if (java.util.Objects.equals(getQName(i), qName)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public @Nullable String getType(String uri, String localName) {
        return getType(getIndex(uri, localName));
    }

    @Override
    public @Nullable String getType(String qName) {
        return getType(getIndex(qName));
    }

    @Override
    public @Nullable String getValue(String uri, String localName) {
        return getValue(getIndex(uri, localName));
    }

    @Override
    public @Nullable String getValue(String qName) {
        return getValue(getIndex(qName));
    }

    private boolean inRange(int index) {
        return index >= 0 && index < events.attributeCount();
    }
}
