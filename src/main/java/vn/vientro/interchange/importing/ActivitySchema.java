package vn.vientro.interchange.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ContentHandler;
import org.xml.sax.DTDHandler;
import org.xml.sax.EntityResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The IATI 2.03 activity schema (bundled in {@code iati/2.03/}, compiled once by the JDK with every external access
 * refused, shared by every thread) checking activities from the parser's own events, recorded as the file was read
 * ({@link RecordedActivity}): nothing is parsed twice. The activities of a batch are checked in one validator document,
 * as the children of the file's root element (one reset, one root per batch rather than per activity; the root's
 * content model, {@code iati-activity+}, takes any number of them, and an activity's complaints never outlive its end
 * tag), each complaint going to the activity being replayed. The one state a document keeps across its elements, the
 * IDs and IDREFs, cannot come up in such a batch: an activity that could give any ({@code xml:id}, any {@code xsi:}
 * attribute) is validated in a document of its own, as before. The root's own attributes are checked with every batch,
 * their complaints given to each activity of it, as if each were checked alone. The schema's lines are the file's (the
 * parser's, right above 65,535). One checker serves one thread (a validator is not thread-safe); an activity on which
 * the validator gives up ends its document, and the next activity starts a new one.
 *
 * <p>The events are replayed through a SAX reader that declares its names interned, as they are (Woodstox interns
 * element and attribute names, prefixes and namespace URIs; a prefixed name is interned here): the validator then
 * compares them by identity with the schema's instead of looking each one up in a symbol table.
 */
final class ActivitySchema {

    /** One activity's complaints stop here: the first ones say what is wrong, a thousand more say nothing new. */
    static final int ERRORS_KEPT = 20;
    private static final String FOLDER = "/iati/2.03/";
    private static final Set<String> FILES = Set.of("iati-activities-schema.xsd", "iati-common.xsd", "xml.xsd");
    private static final Schema SCHEMA = compile();
    private static final String XERCES = "http://apache.org/xml/features/";

    private final Validator validator;
    private final Replay replay = new Replay();
    private final SAXSource source = new SAXSource(replay, new InputSource());
    /** Where the complaints go: the root's (while it is opened) or the activity's being replayed. */
    private List<SchemaError> errors = new ArrayList<>();
    private final Where where = new Where();
    /** The validation broke off (the validator gave up): the document ends there. */
    private boolean broken;

    /** The compiled schema, shared. */
    static Schema compiled() {
        return SCHEMA;
    }

    /** A checker for one thread (a validator is not thread-safe), for any number of activities. */
    ActivitySchema() {
        validator = SCHEMA.newValidator();
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
        return check(root, List.of(events)).get(0);
    }

    /**
     * Each activity's schema errors with their lines in the file (none when it is valid), in the batch's order: the
     * same as {@link #check(RootElement, RecordedActivity)} on each alone.
     */
    List<List<SchemaError>> check(RootElement root, List<RecordedActivity> batch) {
        List<List<SchemaError>> all = new ArrayList<>(batch.size());
        replay.root = root;
        replay.batch = batch;
        replay.results = all;
        try {
            while (all.size() < batch.size()) {
                int before = all.size();
                try {
                    validator.validate(source);
                } catch (SAXException | IOException | RuntimeException e) {
                    // not from an activity's events (those are caught as they are replayed): given to the rest
                    errors = new ArrayList<>();
                    brokeOff(e);
                    while (all.size() < batch.size()) {
                        all.add(List.copyOf(errors));
                    }
                }
                if (all.size() == before) {
                    throw new IllegalStateException("no activity checked"); // never: each document checks one
                }
            }
        } finally {
            replay.root = null;
            replay.batch = List.of();
            replay.results = null;
            where.events = null;
        }
        return all;
    }

    /**
     * One validator document: the root element opened, the batch's activities from the first not yet checked replayed
     * as its children, until the last or one on which the validator gives up.
     */
    private void document(ContentHandler handler, RootElement root, List<RecordedActivity> batch,
                          List<List<SchemaError>> results) {
        int from = results.size();
        List<List<SchemaError>> open = new ArrayList<>(batch.size() - from);
        broken = false;
        errors = new ArrayList<>();
        where.events = batch.get(from);
        where.rootLine = root.line();
        where.opening = true;
        try {
            handler.setDocumentLocator(where);
            handler.startDocument();
            for (String[] namespace : root.namespaces()) {
                handler.startPrefixMapping(namespace[0], namespace[1]);
            }
            handler.startElement(root.uri(), root.localName(), root.qName(), root.attributes());
        } catch (SAXException | RuntimeException e) {
            brokeOff(e);
        }
        List<SchemaError> rootErrors = errors;
        if (broken) { // nothing can be checked in this document: each activity has the root's complaint
            for (int i = from; i < batch.size(); i++) {
                results.add(List.copyOf(rootErrors));
            }
            return;
        }
        where.opening = false;
        // an activity that may carry IDs or IDREFs has a document of its own: they are checked within it alone
        int end = from + 1;
        if (!batch.get(from).identities()) {
            while (end < batch.size() && !batch.get(end).identities()) {
                end++;
            }
        }
        RecordedAttributes attributes = new RecordedAttributes();
        for (int i = from; i < end && !broken; i++) {
            RecordedActivity events = batch.get(i);
            errors = new ArrayList<>(rootErrors);
            open.add(errors);
            where.events = events;
            attributes.events = events;
            try {
                replay(handler, events, attributes);
            } catch (SAXException | RuntimeException e) {
                brokeOff(e);
            }
        }
        if (!broken) {
            // the root's end: whatever it says (nothing, with an activity in it) goes to every activity, as alone
            errors = new ArrayList<>();
            where.opening = true;
            try {
                handler.endElement(root.uri(), root.localName(), root.qName());
                for (String[] namespace : root.namespaces()) {
                    handler.endPrefixMapping(namespace[0]);
                }
                handler.endDocument();
            } catch (SAXException | RuntimeException e) {
                brokeOff(e);
            }
            for (List<SchemaError> each : open) {
                for (SchemaError error : errors) {
                    if (each.size() < ERRORS_KEPT) {
                        each.add(error);
                    }
                }
            }
        }
        for (List<SchemaError> each : open) {
            results.add(each.isEmpty() ? List.of() : List.copyOf(each));
        }
    }

    private void replay(ContentHandler handler, RecordedActivity events, RecordedAttributes attributes)
            throws SAXException {
        events.rewind();
        for (byte kind = events.next(); kind != 0 && !broken; kind = events.next()) {
            switch (kind) {
                case RecordedActivity.START -> {
                    for (int i = 0, n = events.namespaceCount(); i < n; i++) {
                        handler.startPrefixMapping(events.namespacePrefix(i), events.namespaceURI(i));
                    }
                    String local = events.localName();
                    handler.startElement(events.namespaceURI(), local,
                            RecordedAttributes.qName(events.prefix(), local), attributes);
                }
                case RecordedActivity.END -> {
                    String local = events.localName();
                    handler.endElement(events.namespaceURI(), local,
                            RecordedAttributes.qName(events.prefix(), local));
                    for (int i = 0, n = events.namespaceCount(); i < n; i++) {
                        handler.endPrefixMapping(events.namespacePrefix(i));
                    }
                }
                default -> handler.characters(events.textCharacters(), events.textStart(), events.textLength());
            }
        }
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
     * The SAX reader the validator reads a document from: it replays the batch's recorded events. Its names are
     * interned (said by the {@code string-interning} feature), so the validator compares them by identity.
     */
    private final class Replay implements XMLReader {

        private static final String INTERNING = "http://xml.org/sax/features/string-interning";
        private static final String NAMESPACES = "http://xml.org/sax/features/namespaces";

        @Nullable RootElement root;
        List<RecordedActivity> batch = List.of();
        @Nullable List<List<SchemaError>> results;
        private @Nullable ContentHandler handler;
        private @Nullable ErrorHandler errorHandler;
        private @Nullable EntityResolver resolver;
        private @Nullable DTDHandler dtdHandler;

        @Override
        public void parse(InputSource input) {
            document(java.util.Objects.requireNonNull(handler), java.util.Objects.requireNonNull(root), batch,
                    java.util.Objects.requireNonNull(results));
        }

        @Override
        public void parse(String systemId) {
            parse(new InputSource(systemId));
        }

        @Override
        public boolean getFeature(String name) throws SAXNotRecognizedException {
            if (INTERNING.equals(name) || NAMESPACES.equals(name)) {
                return true;
            }
            throw new SAXNotRecognizedException(name);
        }

        @Override
        public void setFeature(String name, boolean value) throws SAXNotRecognizedException {
            if (!getFeature(name) == value) {
                throw new SAXNotRecognizedException(name);
            }
        }

        @Override
        public Object getProperty(String name) throws SAXNotRecognizedException {
            throw new SAXNotRecognizedException(name);
        }

        @Override
        public void setProperty(String name, Object value) throws SAXNotRecognizedException {
            throw new SAXNotRecognizedException(name);
        }

        @Override
        public void setEntityResolver(EntityResolver resolver) {
            this.resolver = resolver;
        }

        @Override
        public @Nullable EntityResolver getEntityResolver() {
            return resolver;
        }

        @Override
        public void setDTDHandler(DTDHandler handler) {
            this.dtdHandler = handler;
        }

        @Override
        public @Nullable DTDHandler getDTDHandler() {
            return dtdHandler;
        }

        @Override
        public void setContentHandler(ContentHandler handler) {
            this.handler = handler;
        }

        @Override
        public @Nullable ContentHandler getContentHandler() {
            return handler;
        }

        @Override
        public void setErrorHandler(ErrorHandler handler) {
            this.errorHandler = handler;
        }

        @Override
        public @Nullable ErrorHandler getErrorHandler() {
            return errorHandler;
        }
    }

    /**
     * Where the validator is, asked only when it complains: the current event's line, or the root element's while it
     * is opened or closed (its attributes are checked with each batch, and complained about on its own line).
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
