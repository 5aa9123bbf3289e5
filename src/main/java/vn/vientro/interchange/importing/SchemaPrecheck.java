package vn.vientro.interchange.importing;

import java.nio.CharBuffer;
import java.util.Arrays;
import javax.xml.XMLConstants;
import org.xml.sax.Attributes;

/**
 * A conservative check of an activity against the IATI 2.03 schema ({@link CompiledSchema}, read from the XSD itself),
 * run before the schema validator: an activity it accepts is one the validator would find valid, so the validator
 * (about half the reading's work) is not run on it. It may be stricter than the schema, never more lenient: whatever it
 * is not sure of (an element or attribute of any namespace but a plain {@code xml:lang}, an unknown name, a missing
 * required attribute, too many or too few of an element, text where only elements go, a value in anything but its
 * plainest lexical form, see {@link PlainValues}) is left to the validator, which then says exactly what it said
 * before. The file's root must be accepted too: its complaints go to every activity.
 *
 * <p>A sequence of element particles is matched greedily, which the schema's Unique Particle Attribution constraint
 * makes exact: an element matches the current particle while it may still repeat, or else the first later one of its
 * name, provided every particle passed over has had its minimum.
 */
final class SchemaPrecheck {

    private static final CompiledSchema SCHEMA = CompiledSchema.read();
    private static final String XML_NS = XMLConstants.XML_NS_URI;

    private SchemaPrecheck() {
    }

    /** Whether the file's root element (name, namespace, attributes) is certainly valid. */
    static boolean accepts(RootElement root) {
        if (!root.uri().isEmpty() || !CompiledSchema.ROOT.equals(root.qName())) {
            return false;
        }
        Attributes attributes = root.attributes();
        CompiledSchema.Type type = SCHEMA.root();
        int required = 0;
        for (int i = 0, n = attributes.getLength(); i < n; i++) {
            int need = attribute(type, attributes.getURI(i), attributes.getLocalName(i), attributes.getValue(i));
            if (need < 0) {
                return false;
            }
            required += need;
        }
        return required == type.required;
    }

    /** Whether the recorded activity is certainly valid, as the only child of an accepted root. */
    static boolean accepts(RecordedActivity events) {
        CompiledSchema.Type[] types = new CompiledSchema.Type[16];
        int[] particle = new int[16];
        int[] count = new int[16];
        int[] textStart = new int[16];
        int[] textLength = new int[16];
        int depth = -1;
        boolean done = false;
        events.rewind();
        for (byte kind = events.next(); kind != 0; kind = events.next()) {
            switch (kind) {
                case RecordedActivity.START -> {
                    if (done || !events.namespaceURI().isEmpty()) {
                        return false;
                    }
                    CompiledSchema.Type type;
                    if (depth < 0) {
                        if (!CompiledSchema.ACTIVITY.equals(events.localName())) {
                            return false;
                        }
                        type = SCHEMA.activity();
                    } else {
                        type = child(types[depth], particle, count, depth, events.localName());
                        if (type == null) {
                            return false;
                        }
                    }
                    if (!attributes(type, events)) {
                        return false;
                    }
                    depth++;
                    if (depth == types.length) {
                        types = Arrays.copyOf(types, depth * 2);
                        particle = Arrays.copyOf(particle, depth * 2);
                        count = Arrays.copyOf(count, depth * 2);
                        textStart = Arrays.copyOf(textStart, depth * 2);
                        textLength = Arrays.copyOf(textLength, depth * 2);
                    }
                    types[depth] = type;
                    particle[depth] = 0;
                    count[depth] = 0;
                    textStart[depth] = 0;
                    textLength[depth] = -1;
                }
                case RecordedActivity.END -> {
                    CompiledSchema.Type type = types[depth];
                    if (type.simple == PlainValues.STRING) {
                        // any text is a string: nothing to check (most of an activity's text)
                    } else if (type.simple != null) {
                        int length = Math.max(0, textLength[depth]);
                        if (!type.simple.plainlyValid(CharBuffer.wrap(events.textCharacters(), textStart[depth],
                                length))) {
                            return false;
                        }
                    } else if (!complete(type, particle[depth], count[depth])) {
                        return false;
                    }
                    depth--;
                    done = depth < 0;
                }
                default -> {
                    if (depth < 0) {
                        if (!blank(events)) {
                            return false;
                        }
                    } else if (types[depth].simple != null) {
                        if (textLength[depth] >= 0) {
                            return false; // never: a run of text is recorded as one event; not sure otherwise
                        }
                        textStart[depth] = events.textStart();
                        textLength[depth] = events.textLength();
                    } else if (types[depth].particles.length == 0 || !blank(events)) {
                        return false; // text in element-only (or empty) content: the validator says so
                    }
                }
            }
        }
        return done;
    }

    /**
     * The type of the child element {@code name} at this point of the parent's sequence, moving the sequence on; null
     * when it cannot come here (or the parent takes no elements).
     */
    private static CompiledSchema.Type child(CompiledSchema.Type parent, int[] particle, int[] count, int depth,
                                             String name) {
        CompiledSchema.Particle[] particles = parent.particles;
        int at = particle[depth];
        int seen = count[depth];
        while (at < particles.length) {
            CompiledSchema.Particle p = particles[at];
            if (p.name() == name && seen < p.max()) { // interned names: see CompiledSchema.Type#use
                particle[depth] = at;
                count[depth] = seen + 1;
                return p.type();
            }
            if (seen < p.min()) {
                return null;
            }
            at++;
            seen = 0;
        }
        return null;
    }

    /** Whether the sequence may end here: the current particle and every later one have had their minimum. */
    private static boolean complete(CompiledSchema.Type type, int at, int seen) {
        CompiledSchema.Particle[] particles = type.particles;
        for (int i = at; i < particles.length; i++) {
            if (seen < particles[i].min()) {
                return false;
            }
            seen = 0;
        }
        return true;
    }

    /** The start element's attributes: each known and plainly valid, every required one there. */
    private static boolean attributes(CompiledSchema.Type type, RecordedActivity events) {
        int required = 0;
        for (int i = 0, n = events.attributeCount(); i < n; i++) {
            int need = attribute(type, events.attributeNamespace(i), events.attributeLocalName(i),
                    events.attributeValue(i));
            if (need < 0) {
                return false;
            }
            required += need;
        }
        return required == type.required;
    }

    /** -1: not sure of the attribute; 1: a required one, valid; 0: an optional one, valid. */
    private static int attribute(CompiledSchema.Type type, String uri, String local, String value) {
        if (uri.isEmpty()) {
            CompiledSchema.Use declared = type.use(local);
            if (declared == null || !declared.value().plainlyValid(value)) {
                return -1;
            }
            return declared.required() ? 1 : 0;
        }
        if (XML_NS.equals(uri) && "lang".equals(local) && type.xmlLang && PlainValues.LANGUAGE.plainlyValid(value)) {
            return 0;
        }
        return -1;
    }

    private static boolean blank(RecordedActivity events) {
        char[] chars = events.textCharacters();
        for (int i = events.textStart(), end = i + events.textLength(); i < end; i++) {
            char c = chars[i];
            if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }
}
