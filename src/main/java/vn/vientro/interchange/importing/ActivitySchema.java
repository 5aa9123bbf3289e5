package vn.vientro.interchange.importing;

import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamReader;
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
 * refused, shared by every thread) checking one activity at a time from the parser's own events as the file is read:
 * nothing is parsed twice. Each activity is checked as the only child of the file's root element, so the root's
 * attributes are checked too, and the schema's lines are the file's (the reader's locations, right above 65,535).
 * One checker serves one import on one thread (a validator is not thread-safe); a broken activity leaves it ready for
 * the next one.
 */
final class ActivitySchema {

    /** One activity's complaints stop here: the first ones say what is wrong, a thousand more say nothing new. */
    static final int ERRORS_KEPT = 20;
    private static final String FOLDER = "/iati/2.03/";
    private static final Set<String> FILES = Set.of("iati-activities-schema.xsd", "iati-common.xsd", "xml.xsd");
    private static final Schema SCHEMA = compile();

    private final ValidatorHandler validator;
    private final List<SchemaError> errors = new ArrayList<>();
    private final Where where = new Where();
    private @Nullable XMLStreamReader reader;
    private @Nullable StaxAttributes attributes;
    private @Nullable RootElement root;
    /** The activity's validation broke off (the validator gave up): its further events are not checked. */
    private boolean broken;

    /** A checker for one import at a time. */
    ActivitySchema() {
        validator = SCHEMA.newValidatorHandler();
        try {
            validator.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
        validator.setResourceResolver(new Refusing());
        validator.setErrorHandler(new Collecting());
        validator.setDocumentLocator(where);
    }

    /**
     * Opens an activity's check: the reader is on the activity's start element (the file's line {@code line}); feed
     * it every event up to the activity's end element with {@link #start}, {@link #characters}, {@link #end}, then
     * {@link #finish}.
     */
    void begin(RootElement root, XMLStreamReader reader, long line) {
        if (this.reader != reader) {
            this.reader = reader;
            this.attributes = new StaxAttributes(reader);
        }
        this.root = root;
        errors.clear();
        broken = false;
        where.activityLine = line;
        where.opening = true;
        feed(() -> {
            validator.setDocumentLocator(where);
            validator.startDocument();
            for (String[] namespace : root.namespaces()) {
                validator.startPrefixMapping(namespace[0], namespace[1]);
            }
            validator.startElement(root.uri(), root.localName(), root.qName(), root.attributes());
        });
        where.opening = false;
        start();
    }

    /** The reader is on a start element of the activity (the activity's own is fed by {@link #begin}). */
    void start() {
        if (broken) {
            return;
        }
        XMLStreamReader r = java.util.Objects.requireNonNull(reader);
        try {
            for (int i = 0, n = r.getNamespaceCount(); i < n; i++) {
                validator.startPrefixMapping(RootElement.blank(r.getNamespacePrefix(i)),
                        RootElement.blank(r.getNamespaceURI(i)));
            }
            String local = r.getLocalName();
            validator.startElement(RootElement.blank(r.getNamespaceURI()), local,
                    StaxAttributes.qName(r.getPrefix(), local), attributes);
        } catch (SAXException | RuntimeException e) {
            brokeOff(e);
        }
    }

    /** The reader is on text (or CDATA, or white space) inside the activity. */
    void characters() {
        if (broken) {
            return;
        }
        XMLStreamReader r = java.util.Objects.requireNonNull(reader);
        try {
            validator.characters(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
        } catch (SAXException | RuntimeException e) {
            brokeOff(e);
        }
    }

    /** The reader is on an end element of the activity, its own included. */
    void end() {
        if (broken) {
            return;
        }
        XMLStreamReader r = java.util.Objects.requireNonNull(reader);
        try {
            String local = r.getLocalName();
            validator.endElement(RootElement.blank(r.getNamespaceURI()), local,
                    StaxAttributes.qName(r.getPrefix(), local));
            for (int i = 0, n = r.getNamespaceCount(); i < n; i++) {
                validator.endPrefixMapping(RootElement.blank(r.getNamespacePrefix(i)));
            }
        } catch (SAXException | RuntimeException e) {
            brokeOff(e);
        }
    }

    /** Closes the activity's check: its schema errors with their lines in the file, none when it is valid. */
    List<SchemaError> finish() {
        RootElement open = java.util.Objects.requireNonNull(root);
        where.opening = true;
        if (!broken) {
            feed(() -> {
                validator.endElement(open.uri(), open.localName(), open.qName());
                for (String[] namespace : open.namespaces()) {
                    validator.endPrefixMapping(namespace[0]);
                }
                validator.endDocument();
            });
        }
        where.opening = false;
        return errors.isEmpty() ? List.of() : List.copyOf(errors);
    }

    /** One validator call; what it throws ends the activity's check with the reason as its last error. */
    private void feed(Step step) {
        try {
            step.run();
        } catch (SAXException | RuntimeException e) {
            brokeOff(e);
        }
    }

    private interface Step {
        void run() throws SAXException;
    }

    /** The validator gave up on the activity (or failed on it): the reason is its last error, the rest unchecked. */
    private void brokeOff(Exception e) {
        if (e instanceof SAXParseException located) {
            add(located);
        } else if (errors.size() < ERRORS_KEPT) {
            errors.add(new SchemaError(where.line(), String.valueOf(e.getMessage())));
        }
        broken = true;
    }

    private void add(SAXParseException e) {
        if (errors.size() < ERRORS_KEPT) {
            long line = e.getLineNumber() > 0 ? e.getLineNumber() : where.activityLine;
            errors.add(new SchemaError(line, String.valueOf(e.getMessage())));
        }
    }

    /**
     * Where the validator is, asked only when it complains: the reader's current event, or the activity's first line
     * while the root element (not on the activity's lines) is opened or closed.
     */
    private final class Where implements Locator {

        long activityLine;
        boolean opening;

        long line() {
            XMLStreamReader r = reader;
            if (opening || r == null) {
                return activityLine;
            }
            return r.getLocation().getLineNumber();
        }

        @Override
        public int getLineNumber() {
            return (int) Math.min(Integer.MAX_VALUE, line());
        }

        @Override
        public int getColumnNumber() {
            XMLStreamReader r = reader;
            return opening || r == null ? -1 : r.getLocation().getColumnNumber();
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
