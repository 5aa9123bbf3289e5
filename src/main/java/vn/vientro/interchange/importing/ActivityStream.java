package vn.vientro.interchange.importing;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLInputFactory2;
import org.codehaus.stax2.XMLStreamReader2;
import org.jspecify.annotations.Nullable;

/**
 * Reads an IATI activity file as a stream and records each {@code iati-activity}'s events as the parser reads them
 * ({@link RecordedActivity}), handing it over when its end tag is read: the schema check and the facts replay those
 * events, nothing is parsed twice. Memory holds the activities handed over and not yet checked, never the file. The
 * XML is read safely: a DTD refuses the file (so no external entity, no entity expansion can happen), and Woodstox's
 * limits bound names, attributes, text and depth. Lines are the parser's (an {@code int} per event, right however long
 * the file).
 */
final class ActivityStream {

    static final String ROOT = "iati-activities";
    static final String ACTIVITY = "iati-activity";
    /** The longest text of one element, in characters (the parser's own limit counts only what it is not asked for). */
    static final int MAX_TEXT = 4 * 1024 * 1024;
    /** A version's parts, of at most nine digits each (an int: a version of twenty digits is unknown, not an error). */
    private static final Pattern VERSION = Pattern.compile("(\\d{1,9})\\s*[.,]\\s*0*(\\d{1,9})");
    private static final WstxInputFactory FACTORY = factory();

    /** What reading the whole file found beside its activities. */
    record Result(FileHeader header, int activities, @Nullable FileStop stop) {
    }

    private ActivityStream() {
    }

    /**
     * Reads the file, handing over each activity's events in file order with the file's header.
     *
     * @throws ImportFileRefused when the file is not an IATI 2.0x activity file (before any activity was handed over)
     */
    static Result read(InputStream file, BiConsumer<FileHeader, RecordedActivity> each) {
        return read(file, () -> null, each);
    }

    /**
     * Reads the file as {@link #read(InputStream, BiConsumer)} does, recording each activity into a recording from
     * {@code recordings} (one checked already, given back for reuse), or a new one when it has none.
     */
    static Result read(InputStream file, Supplier<@Nullable RecordedActivity> recordings,
                       BiConsumer<FileHeader, RecordedActivity> each) {
        try {
            FileEncoding.Sniffed sniffed = FileEncoding.sniff(file);
            try (InputStream bytes = sniffed.bytes()) {
                // Woodstox decodes UTF-8 itself, as strictly (a malformed byte stops the file) and faster than a JDK
                // reader, given the bytes checked, so it stops at a malformed one, not a block before; the encoding
                // found is given, so a declaration of ASCII (a subset) is read as UTF-8 too
                XMLStreamReader2 reader = (XMLStreamReader2) (StandardCharsets.UTF_8.equals(sniffed.charset())
                        ? FACTORY.createXMLStreamReader(FileEncoding.checkedUtf8(bytes), StandardCharsets.UTF_8.name())
                        : FACTORY.createXMLStreamReader(sniffed.reader()));
                return read(reader, recordings, each);
            }
        } catch (XMLStreamException e) {
            throw new ImportFileRefused("interchange.import.file.notXml", 1, message(e));
        } catch (IOException e) {
            throw new ImportFileRefused("interchange.import.file.unreadable", String.valueOf(e.getMessage()));
        }
    }

    private static Result read(XMLStreamReader2 reader, Supplier<@Nullable RecordedActivity> recordings,
                               BiConsumer<FileHeader, RecordedActivity> each) {
        FileHeader header = null;
        int depth = 0;
        int count = 0;
        RecordedActivity activity = null; // inside an activity
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw doctype(reader);
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        if (activity != null) {
                            activity.record(reader, event);
                        } else if (depth == 1) {
                            header = header(reader);
                        } else if (depth == 2 && ACTIVITY.equals(reader.getLocalName())) {
                            if (count == 0) {
                                refuseVersionOne(java.util.Objects.requireNonNull(header), reader);
                            }
                            RecordedActivity reused = recordings.get();
                            int line = reader.getLocation().getLineNumber();
                            activity = reused == null ? new RecordedActivity(count + 1, line)
                                    : reused.restart(count + 1, line);
                            activity.record(reader, event);
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        // the reader does not coalesce, so its own text limit does not hold: the run is counted here
                        if (activity != null && activity.record(reader, event) > MAX_TEXT) {
                            throw new XMLStreamException("Text size limit (" + MAX_TEXT + ") exceeded",
                                    reader.getLocation());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (activity != null) {
                            activity.record(reader, event);
                            if (depth == 2) {
                                count++;
                                each.accept(java.util.Objects.requireNonNull(header), activity);
                                activity = null;
                            }
                        }
                        depth--;
                    }
                    default -> { }
                }
            }
        } catch (com.ctc.wstx.exc.WstxLazyException lazy) { // a text read when asked for: its error comes then
            return stopped(reader, header, count, lazy.getCause() instanceof XMLStreamException e ? e
                    : new XMLStreamException(lazy.getMessage(), lazy));
        } catch (XMLStreamException e) {
            return stopped(reader, header, count, e);
        }
        if (header == null) {
            throw new ImportFileRefused("interchange.import.file.notXml", 1, "");
        }
        return new Result(header, count, null);
    }

    /** Where the file could no longer be read: refused as a whole before its root, else stopped there. */
    private static Result stopped(XMLStreamReader2 reader, @Nullable FileHeader header, int count,
                                  XMLStreamException e) {
        // bytes that are not UTF-8 stop the parser where they are: its own position is theirs
        long at = malformed(e) ? reader.getLocationInfo().getCurrentLocation().getLineNumber()
                : e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
        String message = message(e);
        if (header == null) {
            throw new ImportFileRefused("interchange.import.file.notXml", at, message);
        }
        return new Result(header, count, new FileStop(at, encodingFailed(e)
                ? "interchange.import.stop.encoding" : "interchange.import.stop.xml", message));
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
        return new FileHeader(version, note, RootElement.of(reader, version));
    }

    /**
     * The refusal of a file with a document type: a DTD is refused, but for an HTML page's ({@code <!DOCTYPE html>},
     * a web server's error page saved as the file), which is said to be no activity file, as its root would say.
     */
    private static ImportFileRefused doctype(XMLStreamReader2 reader) throws XMLStreamException {
        String root = reader.getDTDInfo() == null ? null : reader.getDTDInfo().getDTDRootName();
        return "html".equalsIgnoreCase(root) ? new ImportFileRefused("interchange.import.file.notIati", root)
                : new ImportFileRefused("interchange.import.file.dtd");
    }

    /**
     * A root without a version leaves it to the activities, as 1.0x allowed: a first activity of version 1 refuses the
     * file as a root of version 1 does.
     */
    private static void refuseVersionOne(FileHeader header, XMLStreamReader2 reader) {
        String declared = reader.getAttributeValue(null, "version");
        if (!"interchange.import.version.missing".equals(header.versionNote()) || declared == null) {
            return;
        }
        Matcher matcher = VERSION.matcher(declared);
        if (matcher.find() && Integer.parseInt(matcher.group(1)) == 1) {
            throw new ImportFileRefused("interchange.import.file.version1", declared);
        }
    }

    /** The parser's message without its location (the line is given apart, counted right). */
    private static String message(XMLStreamException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int at = message.indexOf("\n at [");
        String clean = (at > 0 ? message.substring(0, at) : message).strip();
        return clean.length() > 500 ? clean.substring(0, 500) : clean;
    }

    /** Whether bytes that were not UTF-8 stopped the parser ({@link FileEncoding#checkedUtf8}). */
    private static boolean malformed(XMLStreamException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileEncoding.Malformed) {
                return true;
            }
        }
        return e.getNestedException() instanceof FileEncoding.Malformed;
    }

    private static boolean encodingFailed(XMLStreamException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // the JDK's decoder's, or Woodstox's own UTF-8 decoder's
            if (cause instanceof java.nio.charset.CharacterCodingException
                    || cause instanceof java.io.CharConversionException) {
                return true;
            }
        }
        return e.getNestedException() instanceof java.nio.charset.CharacterCodingException
                || e.getNestedException() instanceof java.io.CharConversionException;
    }

    private static WstxInputFactory factory() {
        WstxInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        // names, prefixes and namespace URIs interned (Woodstox's default, relied upon: the schema check declares them
        // interned to the validator, which then compares them by identity)
        factory.setProperty(XMLInputFactory2.P_INTERN_NAMES, true);
        factory.setProperty(XMLInputFactory2.P_INTERN_NS_URIS, true);
        factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, 100);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 100);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, 64 * 1024);
        factory.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, MAX_TEXT);
        factory.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 1L);
        return factory;
    }
}
