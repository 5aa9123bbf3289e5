package vn.vientro.interchange;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The IATI 2.03 schemas bundled in {@code iati/2.03/}, compiled by the JDK's validator with every external access
 * refused: the schemas' includes and imports are answered from the classpath by file name, nothing else is read.
 */
final class IatiSchemas {

    private static final String FOLDER = "/iati/2.03/";
    private static final Set<String> FILES = Set.of("iati-activities-schema.xsd", "iati-organisations-schema.xsd",
            "iati-common.xsd", "xml.xsd");

    static final Schema ACTIVITIES = compile("iati-activities-schema.xsd");
    static final Schema ORGANISATIONS = compile("iati-organisations-schema.xsd");

    private IatiSchemas() {
    }

    /** The schema's complaints about the document, with their line numbers; none when it is valid. */
    static List<String> errors(Schema schema, byte[] document) {
        List<String> errors = new ArrayList<>();
        try {
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new Collecting(errors));
            validator.validate(new StreamSource(new ByteArrayInputStream(document)));
        } catch (Exception e) {
            errors.add(e.toString());
        }
        return errors;
    }

    private static Schema compile(String name) {
        try {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setResourceResolver(new Bundled());
            return factory.newSchema(new StreamSource(open(name), name));
        } catch (Exception e) {
            throw new IllegalStateException("cannot compile " + name, e);
        }
    }

    private static InputStream open(String name) {
        if (!FILES.contains(name)) {
            throw new IllegalArgumentException("not a bundled schema: " + name);
        }
        InputStream in = IatiSchemas.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("missing " + FOLDER + name);
        }
        return in;
    }

    /** Answers an include or import by the last segment of its location, from the bundled files only. */
    private static final class Bundled implements LSResourceResolver {

        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId,
                                       String baseUri) {
            String name = systemId == null ? "" : systemId.substring(systemId.lastIndexOf('/') + 1);
            return new Input(name, open(name));
        }
    }

    private record Input(String systemId, InputStream stream) implements LSInput {
        // the DOM interface: only the system id and the byte stream are read
        public Reader getCharacterStream() { return null; }
        public void setCharacterStream(Reader characterStream) { }
        public InputStream getByteStream() { return stream; }
        public void setByteStream(InputStream byteStream) { }
        public String getStringData() { return null; }
        public void setStringData(String stringData) { }
        public String getSystemId() { return systemId; }
        public void setSystemId(String systemId) { }
        public String getPublicId() { return null; }
        public void setPublicId(String publicId) { }
        public String getBaseURI() { return null; }
        public void setBaseURI(String baseURI) { }
        public String getEncoding() { return null; }
        public void setEncoding(String encoding) { }
        public boolean getCertifiedText() { return false; }
        public void setCertifiedText(boolean certifiedText) { }
    }

    private record Collecting(List<String> errors) implements ErrorHandler {

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
        }
    }
}
