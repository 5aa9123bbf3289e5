package vn.vientro.interchange.importing;

import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The IATI 2.03 activity schema (bundled in {@code iati/2.03/}, compiled once by the JDK with every external access
 * refused) checking one activity at a time: the activity is wrapped in the file's own root tag, so the root's
 * attributes are checked too and the schema's lines map back to the file's.
 */
final class ActivitySchema {

    /** One activity's complaints stop here: the first ones say what is wrong, a thousand more say nothing new. */
    static final int ERRORS_KEPT = 20;
    private static final String FOLDER = "/iati/2.03/";
    private static final Set<String> FILES = Set.of("iati-activities-schema.xsd", "iati-common.xsd", "xml.xsd");
    private static final Schema SCHEMA = compile();

    /** A parser validating as it reads, kept for the import: much cheaper per activity than a fresh validator run. */
    private final XMLReader validator;
    private final List<SchemaError> errors = new ArrayList<>();
    private long firstLine;

    /** A checker for one import at a time (a validator is not thread-safe). */
    ActivitySchema() {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setSchema(SCHEMA);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            validator = factory.newSAXParser().getXMLReader();
            validator.setErrorHandler(new Collecting());
        } catch (SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The activity's schema errors with their lines in the file; none when it is valid. */
    List<SchemaError> check(FileHeader header, RawActivity activity) {
        errors.clear();
        firstLine = activity.line();
        String document = header.rootTag() + activity.text() + "</" + ActivityStream.ROOT + ">";
        try {
            validator.parse(new InputSource(new StringReader(document)));
        } catch (SAXParseException e) {
            add(e);
        } catch (SAXException | java.io.IOException e) {
            errors.add(new SchemaError(activity.line(), String.valueOf(e.getMessage())));
        }
        return List.copyOf(errors);
    }

    private void add(SAXParseException e) {
        if (errors.size() < ERRORS_KEPT) {
            long line = e.getLineNumber() > 0 ? firstLine + e.getLineNumber() - 1 : firstLine;
            errors.add(new SchemaError(line, String.valueOf(e.getMessage())));
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
