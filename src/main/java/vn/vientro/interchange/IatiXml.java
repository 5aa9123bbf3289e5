package vn.vientro.interchange;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/**
 * A StAX writer with the few shapes IATI files repeat (an element with attributes, narratives in a language): each
 * element goes to the stream as it is written, so a file of any size never sits in memory. Text that XML 1.0 cannot
 * carry (control characters) is left out rather than failing the file.
 */
final class IatiXml implements AutoCloseable {

    /** What only Vietnamese writes among Latin texts: đ, a breve, a horn, or a tone's dot below or hook above. */
    private static final Pattern VIETNAMESE_LETTERS =
            Pattern.compile("[\\x{111}\\x{110}\\x{306}\\x{31B}\\x{323}\\x{309}]");


    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final java.time.format.DateTimeFormatter DATE_TIME = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final XMLStreamWriter writer;

    IatiXml(OutputStream out) {
        try {
            this.writer = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            writer.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        } catch (XMLStreamException e) {
            throw new IatiWriteException(e);
        }
    }

    /** Opens an element with attributes given as name, value pairs; a pair whose value is null is left out. */
    IatiXml start(String name, @Nullable Object... attributes) {
        try {
            writer.writeCharacters("\n");
            writer.writeStartElement(name);
            attributes(attributes);
            return this;
        } catch (XMLStreamException e) {
            throw new IatiWriteException(e);
        }
    }

    /** An element with attributes and nothing inside. */
    IatiXml empty(String name, @Nullable Object... attributes) {
        try {
            writer.writeCharacters("\n");
            writer.writeEmptyElement(name);
            attributes(attributes);
            return this;
        } catch (XMLStreamException e) {
            throw new IatiWriteException(e);
        }
    }

    IatiXml end() {
        try {
            writer.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IatiWriteException(e);
        }
    }

    /** A narrative in a language (none: the file's default), if there is text. */
    IatiXml narrative(@Nullable String text, @Nullable String language) {
        String clean = clean(text);
        if (clean.isBlank()) {
            return this;
        }
        try {
            writer.writeCharacters("\n");
            writer.writeStartElement("narrative");
            if (language != null) {
                writer.writeAttribute("xml", XML_NS, "lang", language);
            }
            writer.writeCharacters(clean);
            writer.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IatiWriteException(e);
        }
    }

    /** An element holding the Vietnamese and English narratives (the Vietnamese one always, the English if any). */
    IatiXml narratives(String name, String vi, @Nullable String en, @Nullable Object... attributes) {
        start(name, attributes);
        bilingual(vi, en);
        return end();
    }

    /**
     * A text's Vietnamese and English narratives; the same text in both (a Vietnamese name not given yet, an imported
     * activity's title standing in for it) once, in the language its letters say.
     */
    IatiXml bilingual(@Nullable String vi, @Nullable String en) {
        if (hasText(vi) && hasText(en) && clean(vi).strip().equals(clean(en).strip())) {
            return narrative(vi, VIETNAMESE_LETTERS.matcher(Normalizer.normalize(vi, Normalizer.Form.NFD)).find()
                    ? "vi" : "en");
        }
        return narrative(vi, "vi").narrative(en, "en");
    }

    IatiXml text(String name, String text) {
        start(name);
        try {
            writer.writeCharacters(clean(text));
        } catch (XMLStreamException e) {
            throw new IatiWriteException(e);
        }
        return end();
    }

    IatiXml value(BigDecimal amount, String currency, LocalDate valueDate) {
        start("value", "currency", currency, "value-date", valueDate);
        try {
            writer.writeCharacters(amount.toPlainString());
        } catch (XMLStreamException e) {
            throw new IatiWriteException(e);
        }
        return end();
    }

    /** An instant as xsd:dateTime in the zone, always with seconds (ISO's shortest form drops zero seconds). */
    static String dateTime(java.time.Instant instant, java.time.ZoneId zone) {
        return DATE_TIME.format(instant.atZone(zone));
    }

    static boolean hasText(@Nullable String text) {
        return !clean(text).isBlank();
    }

    @Override
    public void close() {
        try {
            writer.writeCharacters("\n");
            writer.writeEndDocument();
            writer.flush();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IatiWriteException(e);
        }
    }

    private void attributes(@Nullable Object[] attributes) throws XMLStreamException {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            Object value = attributes[i + 1];
            if (value != null) {
                String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
                writer.writeAttribute(String.valueOf(attributes[i]), clean(text));
            }
        }
    }

    /** The text without the characters XML 1.0 forbids (C0 controls but tab and line breaks, unpaired surrogates). */
    static String clean(@Nullable String text) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF).forEach(kept::appendCodePoint);
        return kept.toString().strip();
    }

    /** Writing to the response failed (the client went away, or a bug): nothing of the file can be taken back. */
    static final class IatiWriteException extends RuntimeException {

        IatiWriteException(XMLStreamException cause) {
            super(cause);
        }
    }
}
