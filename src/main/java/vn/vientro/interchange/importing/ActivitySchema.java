package vn.vientro.interchange.importing;

import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The IATI 2.03 activity schema (bundled in {@code iati/2.03/}, compiled once by the JDK with every external access
 * refused, shared by every thread) checking one activity at a time from the parser's own events, recorded as the file
 * was read ({@link RecordedActivity}): nothing is parsed twice. Each activity is checked as the only child of the
 * file's root element, so the root's attributes are checked too, and the schema's lines are the file's (the parser's,
 * right above 65,535). One checker serves one thread (a validator is not thread-safe); a broken activity leaves it
 * ready for the next one.
 */
final class ActivitySchema {

    /** One activity's complaints stop here: the first ones say what is wrong, a thousand more say nothing new. */
    static final int ERRORS_KEPT = 20;
    private static final String FOLDER = "/iati/2.03/";
    private static final Set<String> FILES = Set.of("iati-activities-schema.xsd", "iati-common.xsd", "xml.xsd");
    private static final Schema SCHEMA = compile();
    private static final String XERCES = "http://apache.org/xml/features/";

    private final ValidatorHandler validator;
    private final List<SchemaError> errors = new ArrayList<>();
    private final Where where = new Where();
    /** The activity's validation broke off (the validator gave up): its further events are not checked. */
    private boolean broken;

    /** The compiled schema, shared. */
    static Schema compiled() {
        return SCHEMA;
    }

    /** A checker for one thread (a validator is not thread-safe), for any number of activities. */
    ActivitySchema() {
        validator = SCHEMA.newValidatorHandler();
        try {
            validator.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // work whose result nobody reads: the type annotations of each element and attribute (no one asks the
            // handler for them), the schema's default values put in (nothing reads the validator's output), and the
            // identity constraints the IATI schema does not have
            validator.setFeature(XERCES + "validation/schema/augment-psvi", false);
            validator.setFeature(XERCES + "validation/schema/element-default", false);
            validator.setFeature(XERCES + "validation/identity-constraint-checking", false);
            validator.setFeature(XERCES + "validation/unparsed-entity-checking", false);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
        validator.setResourceResolver(new Refusing());
        validator.setErrorHandler(new Collecting());
    }

    /**
     * The activity's schema errors with their lines in the file, none when it is valid: its recorded events replayed
     * into the validator as the only child of the file's root element.
     */
    List<SchemaError> check(RootElement root, RecordedActivity events) {
        errors.clear();
        broken = false;
        where.events = events;
        where.rootLine = root.line();
        where.opening = true;
        events.rewind();
        try {
            validator.setDocumentLocator(where);
            validator.startDocument();
            for (String[] namespace : root.namespaces()) {
                validator.startPrefixMapping(namespace[0], namespace[1]);
            }
            validator.startElement(root.uri(), root.localName(), root.qName(), root.attributes());
            where.opening = false;
            RecordedAttributes attributes = new RecordedAttributes(events);
            for (byte kind = events.next(); kind != 0 && !broken; kind = events.next()) {
                switch (kind) {
                    case RecordedActivity.START -> {
                        for (int i = 0, n = events.namespaceCount(); i < n; i++) {
                            validator.startPrefixMapping(events.namespacePrefix(i), events.namespaceURI(i));
                        }
                        String local = events.localName();
                        validator.startElement(events.namespaceURI(), local,
                                RecordedAttributes.qName(events.prefix(), local), attributes);
                    }
                    case RecordedActivity.END -> {
                        String local = events.localName();
                        validator.endElement(events.namespaceURI(), local,
                                RecordedAttributes.qName(events.prefix(), local));
                        for (int i = 0, n = events.namespaceCount(); i < n; i++) {
                            validator.endPrefixMapping(events.namespacePrefix(i));
                        }
                    }
                    default -> validator.characters(events.textCharacters(), events.textStart(),
                            events.textLength());
                }
            }
            if (!broken) {
                where.opening = true;
                validator.endElement(root.uri(), root.localName(), root.qName());
                for (String[] namespace : root.namespaces()) {
                    validator.endPrefixMapping(namespace[0]);
                }
                validator.endDocument();
            }
        } catch (SAXException | RuntimeException e) {
            brokeOff(e);
        } finally {
            where.events = null;
        }
        return errors.isEmpty() ? List.of() : List.copyOf(errors);
    }

    /** The validator gave up on the activity (or failed on it): the reason is its last error, the rest unchecked. */
    private void brokeOff(Exception e) {
        if (e instanceof SAXParseException located) {
            add(located);
        } else if (errors.size() < ERRORS_KEPT) {
            errors.add(new SchemaError(Math.max(1, where.line()), String.valueOf(e.getMessage())));
        }
        broken = true;
    }

    private void add(SAXParseException e) {
        if (errors.size() < ERRORS_KEPT) {
            long line = e.getLineNumber() > 0 ? e.getLineNumber() : Math.max(1, where.line());
            errors.add(new SchemaError(line, String.valueOf(e.getMessage())));
        }
    }

    /**
     * Where the validator is, asked only when it complains: the current event's line, or the root element's while it
     * is opened or closed (its attributes are checked with each activity, and complained about on its own line).
     */
    private static final class Where implements Locator {

        @Nullable RecordedActivity events;
        long rootLine;
        boolean opening;

        long line() {
            RecordedActivity e = events;
            if (e == null) {
                return -1;
            }
            return opening ? rootLine : e.eventLine();
        }

        @Override
        public int getLineNumber() {
            return (int) Math.min(Integer.MAX_VALUE, line());
        }

        @Override
        public int getColumnNumber() {
            return -1;
        }

        @Override
        public @Nullable String getPublicId() {
            return null;
        }

        @Override
        public @Nullable String getSystemId() {
            return null;
        }
    }

    private final class Collecting implements ErrorHandler {

        @Override
        public void warning(SAXParseException exception) {
        }

        @Override
        public void error(SAXParseException exception) {
            add(exception);
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXParseException {
            throw exception;
        }
    }

    /** The validator never fetches anything (an {@code xsi:schemaLocation} in a file is not followed). */
    private static final class Refusing implements LSResourceResolver {

        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId,
                                       String baseUri) {
            throw new IllegalArgumentException("no external resource while validating: " + systemId);
        }
    }

    private static Schema compile() {
        try {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setResourceResolver(new Bundled());
            String name = "iati-activities-schema.xsd";
            return factory.newSchema(new StreamSource(open(name), name));
        } catch (SAXException e) {
            throw new IllegalStateException("cannot compile the IATI activity schema", e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = ActivitySchema.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("missing " + FOLDER + name);
        }
        return in;
    }

    /** Answers the schemas' includes and imports from the classpath by file name; anything else is refused. */
    private static final class Bundled implements LSResourceResolver {

        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId,
                                       String baseUri) {
            String name = systemId == null ? "" : systemId.substring(systemId.lastIndexOf('/') + 1);
            if (!FILES.contains(name)) {
                throw new IllegalArgumentException("schema resource not bundled: " + systemId);
            }
            return new Input(publicId, name);
        }
    }

    private record Input(String publicId, String name) implements LSInput {
        public Reader getCharacterStream() { return null; }
        public void setCharacterStream(Reader reader) { }
        public InputStream getByteStream() { return open(name); }
        public void setByteStream(InputStream stream) { }
        public String getStringData() { return null; }
        public void setStringData(String data) { }
        public String getSystemId() { return name; }
        public void setSystemId(String id) { }
        public String getPublicId() { return publicId; }
        public void setPublicId(String id) { }
        public String getBaseURI() { return null; }
        public void setBaseURI(String uri) { }
        public String getEncoding() { return null; }
        public void setEncoding(String encoding) { }
        public boolean getCertifiedText() { return false; }
        public void setCertifiedText(boolean certified) { }
    }
}
