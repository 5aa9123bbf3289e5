package vn.vientro.interchange.importing;

import java.util.Arrays;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * One activity's events as the parser read them, kept compactly (names as the parser's interned strings, all text in
 * one array) so the schema check and the facts replay them, on another thread if need be, without parsing anything
 * again. A cursor walks the events; the accessors answer for the event it is on, as a StAX reader's would.
 */
final class RecordedActivity {

    static final byte START = 1;
    static final byte END = 2;
    static final byte TEXT = 3;

    /** A recording this big (events, characters) is not kept for reuse: a pool of them would hold too much. */
    private static final int REUSED_EVENTS = 4096;
    private static final int REUSED_CHARS = 64 * 1024;

    private int position;
    private long line;

    private int events;
    private byte[] kinds = new byte[64];
    private int[] lines = new int[64];
    private String[] locals = new String[64];
    private String[] uris = new String[64];
    private String[] prefixes = new String[64];
    /** TEXT: offset in {@code chars}; START: first attribute. */
    private int[] from = new int[64];
    /** TEXT: length; START: attributes. */
    private int[] count = new int[64];
    /** START and END: first namespace declared (at the start) or going out of scope (at the end). */
    private int[] nsFrom = new int[64];
    private int[] nsCount = new int[64];

    private int attributes;
    /** An {@code xml:id} or an {@code xsi:} attribute was recorded (see {@link #identities()}). */
    private boolean identities;
    private String[] attrLocals = new String[32];
    private String[] attrUris = new String[32];
    private String[] attrPrefixes = new String[32];
    private String[] attrValues = new String[32];

    private int namespaces;
    private String[] nsPrefixes = new String[4];
    private String[] nsUris = new String[4];

    private char[] chars = new char[1024];
    private int charCount;

    private int at = -1;

    /** An activity, the {@code position}-th of its file (1-based), starting on the file's line {@code line}. */
    RecordedActivity(int position, long line) {
        this.position = position;
        this.line = line;
    }

    /**
     * Empties the recording for another activity, the {@code position}-th of its file starting on line {@code line},
     * keeping its arrays (the events of the one before are forgotten; what was read from them, strings, stays valid).
     */
    RecordedActivity restart(int position, long line) {
        this.position = position;
        this.line = line;
        events = 0;
        attributes = 0;
        identities = false;
        namespaces = 0;
        charCount = 0;
        at = -1;
        return this;
    }

    /** Whether the recording is small enough to be kept for reuse once checked (most are: an activity is small). */
    boolean reusable() {
        return kinds.length <= REUSED_EVENTS && chars.length <= REUSED_CHARS && attrLocals.length <= REUSED_EVENTS;
    }

    int position() {
        return position;
    }

    long line() {
        return line;
    }

    // ---- recording

    /**
     * Records the event the reader is on (start or end element, text of any kind; others are not kept).
     *
     * @return the length of the text run this event belongs to (0 for an element)
     */
    int record(XMLStreamReader reader, int event) {
        switch (event) {
            case XMLStreamConstants.START_ELEMENT -> {
                dropBlankBefore();
                int e = next(START, reader.getLocation().getLineNumber(), reader);
                from[e] = attributes;
                int n = reader.getAttributeCount();
                count[e] = n;
                for (int i = 0; i < n; i++) {
                    attribute(reader.getAttributeLocalName(i), blank(reader.getAttributeNamespace(i)),
                            blank(reader.getAttributePrefix(i)), reader.getAttributeValue(i));
                }
                return 0;
            }
            case XMLStreamConstants.END_ELEMENT -> {
                next(END, reader.getLocation().getLineNumber(), reader);
                return 0;
            }
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                int length = reader.getTextLength();
                int e = events - 1;
                if (e >= 0 && kinds[e] == END && reader.isWhiteSpace()) {
                    return 0; // white space after an element's end: nobody reads it (see dropBlankBefore)
                }
                if (e < 0 || kinds[e] != TEXT) {
                    e = grow();
                    kinds[e] = TEXT;
                    lines[e] = e > 0 ? lines[e - 1] : (int) Math.min(line, Integer.MAX_VALUE);
                    from[e] = charCount;
                    count[e] = 0;
                }
                if (charCount + length > chars.length) {
                    chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + length));
                }
                System.arraycopy(reader.getTextCharacters(), reader.getTextStart(), chars, charCount, length);
                charCount += length;
                count[e] += length;
                return count[e];
            }
            default -> {
                return 0;
            }
        }
    }

    /**
     * Forgets a run of white space just before a start tag. White space between elements says nothing to the schema
     * (element content ignores it, mixed content allows any text) nor to the facts (an element's text is what it holds
     * alone); the white space an element holds alone, between its start and end tags, is kept.
     */
    private void dropBlankBefore() {
        int e = events - 1;
        if (e < 0 || kinds[e] != TEXT) {
            return;
        }
        for (int i = from[e], end = from[e] + count[e]; i < end; i++) {
            char c = chars[i];
            if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
                return;
            }
        }
        charCount = from[e];
        events--;
    }

    private int next(byte kind, int atLine, XMLStreamReader reader) {
        int e = grow();
        kinds[e] = kind;
        lines[e] = atLine;
        locals[e] = reader.getLocalName();
        uris[e] = blank(reader.getNamespaceURI());
        prefixes[e] = blank(reader.getPrefix());
        nsFrom[e] = namespaces;
        int n = reader.getNamespaceCount();
        nsCount[e] = n;
        for (int i = 0; i < n; i++) {
            if (namespaces == nsPrefixes.length) {
                nsPrefixes = Arrays.copyOf(nsPrefixes, namespaces * 2);
                nsUris = Arrays.copyOf(nsUris, namespaces * 2);
            }
            nsPrefixes[namespaces] = blank(reader.getNamespacePrefix(i));
            nsUris[namespaces++] = blank(reader.getNamespaceURI(i));
        }
        return e;
    }

    private int grow() {
        if (events == kinds.length) {
            int size = events * 2;
            kinds = Arrays.copyOf(kinds, size);
            lines = Arrays.copyOf(lines, size);
            locals = Arrays.copyOf(locals, size);
            uris = Arrays.copyOf(uris, size);
            prefixes = Arrays.copyOf(prefixes, size);
            from = Arrays.copyOf(from, size);
            count = Arrays.copyOf(count, size);
            nsFrom = Arrays.copyOf(nsFrom, size);
            nsCount = Arrays.copyOf(nsCount, size);
        }
        return events++;
    }

    private void attribute(String local, String uri, String prefix, String value) {
        if (attributes == attrLocals.length) {
            int size = attributes * 2;
            attrLocals = Arrays.copyOf(attrLocals, size);
            attrUris = Arrays.copyOf(attrUris, size);
            attrPrefixes = Arrays.copyOf(attrPrefixes, size);
            attrValues = Arrays.copyOf(attrValues, size);
        }
        if (!uri.isEmpty() && (XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI.equals(uri)
                || XMLConstants.XML_NS_URI.equals(uri) && "id".equals(local))) {
            identities = true;
        }
        attrLocals[attributes] = local;
        attrUris[attributes] = uri;
        attrPrefixes[attributes] = prefix;
        attrValues[attributes++] = value;
    }

    private static String blank(@Nullable String value) {
        return value == null ? "" : value;
    }

    /**
     * Whether the activity may give the validator identities (an {@code xml:id}, of type ID; an {@code xsi:type},
     * which may make an element an ID or IDREF) or other per-document state (any {@code xsi:} attribute): its IDs
     * must be unique and its IDREFs resolved within the activity alone, so it is validated in a document of its own.
     */
    boolean identities() {
        return identities;
    }

    // ---- replaying

    /** Puts the cursor before the first event. */
    void rewind() {
        at = -1;
    }

    /** Moves to the next event: its kind, or 0 after the last. */
    byte next() {
        return ++at < events ? kinds[at] : 0;
    }

    /** The file's line of the current event (a text: of the element it follows). */
    int eventLine() {
        return at >= 0 && at < events ? lines[at] : (int) Math.min(line, Integer.MAX_VALUE);
    }

    String localName() {
        return locals[at];
    }

    /** The element's namespace, {@code ""} for none. */
    String namespaceURI() {
        return uris[at];
    }

    /** The element's prefix, {@code ""} for none. */
    String prefix() {
        return prefixes[at];
    }

    int namespaceCount() {
        return nsCount[at];
    }

    String namespacePrefix(int index) {
        return nsPrefixes[nsFrom[at] + index];
    }

    String namespaceURI(int index) {
        return nsUris[nsFrom[at] + index];
    }

    int attributeCount() {
        return kinds[at] == START ? count[at] : 0;
    }

    String attributeLocalName(int index) {
        return attrLocals[from[at] + index];
    }

    /** The attribute's namespace, {@code ""} for none. */
    String attributeNamespace(int index) {
        return attrUris[from[at] + index];
    }

    String attributePrefix(int index) {
        return attrPrefixes[from[at] + index];
    }

    String attributeValue(int index) {
        return attrValues[from[at] + index];
    }

    /** The value of the attribute named so ({@code namespace} null or {@code ""} for none), if it has one. */
    @Nullable String attributeValue(@Nullable String namespace, String local) {
        String uri = namespace == null ? "" : namespace;
        for (int i = from[at], end = from[at] + attributeCount(); i < end; i++) {
            if (local.equals(attrLocals[i]) && uri.equals(attrUris[i])) {
                return attrValues[i];
            }
        }
        return null;
    }

    char[] textCharacters() {
        return chars;
    }

    int textStart() {
        return from[at];
    }

    int textLength() {
        return count[at];
    }

    @Override
    public String toString() {
        return "activity " + position + " at line " + line + " (" + events + " events)";
    }
}
