package vn.vientro.interchange.importing;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.LocationInfo;
import org.codehaus.stax2.XMLStreamReader2;
import org.jspecify.annotations.Nullable;

/**
 * Reads an IATI activity file as a stream and hands over each {@code iati-activity} as written, one at a time: memory
 * holds one activity, never the file. The XML is read safely: a DTD refuses the file (so no external entity, no
 * entity expansion can happen), and Woodstox's limits bound names, attributes, text and depth.
 */
final class ActivityStream {

    static final String ROOT = "iati-activities";
    static final String ACTIVITY = "iati-activity";
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\s*[.,]\\s*0*(\\d+)");
    private static final WstxInputFactory FACTORY = factory();

    /** What reading the whole file found beside its activities. */
    record Result(FileHeader header, int activities, @Nullable FileStop stop) {
    }

    private ActivityStream() {
    }

    /**
     * @throws ImportFileRefused when the file is not an IATI 2.0x activity file (before any activity was handed over)
     */
    static Result read(InputStream file, BiConsumer<FileHeader, RawActivity> each) {
        try (TrackedText text = new TrackedText(FileEncoding.open(file))) {
            XMLStreamReader2 reader = (XMLStreamReader2) FACTORY.createXMLStreamReader(text);
            return read(reader, text, each);
        } catch (XMLStreamException e) {
            throw new ImportFileRefused("interchange.import.file.notXml", 1, message(e));
        } catch (IOException e) {
            throw new ImportFileRefused("interchange.import.file.unreadable", String.valueOf(e.getMessage()));
        }
    }

    private static Result read(XMLStreamReader2 reader, TrackedText text, BiConsumer<FileHeader, RawActivity> each) {
        FileHeader header = null;
        int depth = 0;
        int count = 0;
        long activityStart = -1;
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                LocationInfo where = reader.getLocationInfo();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new ImportFileRefused("interchange.import.file.dtd");
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        if (depth == 1) {
                            header = header(reader);
                        } else if (depth == 2 && ACTIVITY.equals(reader.getLocalName())) {
                            activityStart = where.getStartingCharOffset();
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (depth == 2 && activityStart >= 0) {
                            long end = where.getEndingCharOffset();
                            each.accept(java.util.Objects.requireNonNull(header), new RawActivity(++count, text.lineAt(activityStart),
                                    text.text(activityStart, end)));
                            activityStart = -1;
                        }
                        depth--;
                    }
                    default -> { }
                }
                if (activityStart < 0) {
                    text.mark(where.getEndingCharOffset());
                }
            }
        } catch (XMLStreamException e) {
            long offset = e.getLocation() == null ? -1 : e.getLocation().getCharacterOffset();
            long line = offset < 0 ? -1 : text.lineAt(Math.max(offset, activityStart < 0 ? offset : activityStart));
            String message = message(e);
            if (header == null) {
                throw new ImportFileRefused("interchange.import.file.notXml", line, message);
            }
            return new Result(header, count, new FileStop(line, encodingFailed(e)
                    ? "interchange.import.stop.encoding" : "interchange.import.stop.xml", message));
        }
        if (header == null) {
            throw new ImportFileRefused("interchange.import.file.notXml", 1, "");
        }
        return new Result(header, count, null);
    }

    private static FileHeader header(XMLStreamReader2 reader) {
        String root = reader.getLocalName();
        if (!ROOT.equals(root)) {
            throw new ImportFileRefused("iati-organisations".equals(root) ? "interchange.import.file.organisations"
                    : "interchange.import.file.notIati", root);
        }
        String declared = reader.getAttributeValue(null, "version");
        String version = "2.03";
        String note = null;
        Matcher matcher = VERSION.matcher(declared == null ? "" : declared);
        if (matcher.find()) {
            int major = Integer.parseInt(matcher.group(1));
            int minor = Integer.parseInt(matcher.group(2));
            if (major == 1) {
                throw new ImportFileRefused("interchange.import.file.version1", declared);
            }
            if (major == 2 && minor >= 1 && minor <= 3) {
                version = "2.0" + minor;
            } else {
                note = "interchange.import.version.unknown";
            }
        } else {
            note = declared == null ? "interchange.import.version.missing" : "interchange.import.version.unknown";
        }
        return new FileHeader(version, note, rootTag(reader, version));
    }

    /** The root's start tag with the version read, each attribute and namespace as given, on one line. */
    private static String rootTag(XMLStreamReader2 reader, String version) {
        StringBuilder tag = new StringBuilder("<").append(ROOT).append(" version=\"").append(version).append('"');
        for (int i = 0; i < reader.getNamespaceCount(); i++) {
            String prefix = reader.getNamespacePrefix(i);
            tag.append(prefix == null || prefix.isEmpty() ? " xmlns" : " xmlns:" + prefix).append("=\"")
                    .append(escape(reader.getNamespaceURI(i))).append('"');
        }
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String prefix = reader.getAttributePrefix(i);
            String name = reader.getAttributeLocalName(i);
            if ((prefix == null || prefix.isEmpty()) && "version".equals(name)) {
                continue;
            }
            tag.append(' ').append(prefix == null || prefix.isEmpty() ? "" : prefix + ":").append(name).append("=\"")
                    .append(escape(reader.getAttributeValue(i))).append('"');
        }
        return tag.append('>').toString();
    }

    private static String escape(@Nullable String value) {
        if (value == null) {
            return "";
        }
        return value.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;").replace("\n", "&#10;")
                .replace("\r", "&#13;").replace("\t", "&#9;");
    }

    /** The parser's message without its location (the line is given apart, counted right). */
    private static String message(XMLStreamException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int at = message.indexOf("\n at [");
        String clean = (at > 0 ? message.substring(0, at) : message).strip();
        return clean.length() > 500 ? clean.substring(0, 500) : clean;
    }

    private static boolean encodingFailed(XMLStreamException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.nio.charset.CharacterCodingException) {
                return true;
            }
        }
        return e.getNestedException() instanceof java.nio.charset.CharacterCodingException;
    }

    private static WstxInputFactory factory() {
        WstxInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, 100);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 100);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, 64 * 1024);
        factory.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, 4 * 1024 * 1024);
        factory.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 1L);
        return factory;
    }
}
