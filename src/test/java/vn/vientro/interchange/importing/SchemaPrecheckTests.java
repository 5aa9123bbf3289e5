package vn.vientro.interchange.importing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The schema pre-check is never more lenient than the schema: whatever it accepts, the JDK's validator (Xerces) finds
 * valid alone. Held over IATI's schema tests, over thousands of mutants of valid activities (a fixed seed), and value
 * by value for every simple type it checks; it must also accept most plain activities, or it saves nothing.
 */
class SchemaPrecheckTests {

    private static final long SEED = 20261207L;
    private static final int MUTANTS = 6000;

    /** Tricky values for any attribute or simple text: each must be either rejected or truly valid. */
    static final List<String> TRICKY = List.of("", " ", "x", "2021-02-29", "2020-02-29", "1900-02-29", "2000-02-29",
            "0000-01-01", "0001-01-01", "+2020-01-01", "-2020-01-01", "2020-01-01Z", "2020-01-01+07:00",
            " 2020-01-01", "2020-01-01 ", "2020-1-01", "20201-01-01", "2020-13-01", "2020-00-10", "2020-04-31",
            "2020-01-01T00:00:00", "2020-01-01T24:00:00", "2020-01-01T23:59:60", "2020-01-01T12:00:00Z",
            "2020-01-01T12:00:00+14:00", "2020-01-01T12:00:00+14:01", "2020-01-01T12:00:00-13:59",
            "2020-01-01T12:00:00.5", "2020-01-01T12:00:00.", "2020-01-01T12:00", "2020-01-01t12:00:00",
            "1e5", ".5", "5.", " 1", "1 ", "INF", "NaN", "-0", "+1", "-", "1.2.3", "0.000", "00012", "1,5",
            "TRUE", "yes", "true", "false", "0", "1", "True", "2147483647", "2147483648", "-2147483648",
            "-2147483649", "99999999999999999999", "http://example.org/a b", "http://example.org/[x]",
            "http://example.org/%zz", "http://example.org/%4", "http://example.org/\u00e9", "http://example.org/",
            "https://example.org/doc.pdf?x=1#top", "http://example.org/a#b#c", "http://1.2.3/", "http://ex_ample.org",
            "http://example.org:80/", "http://user@example.org/", "http:///x", "http://", "mailto:a@example.org",
            "ftp://example.org/", "//example.org/x", "a:b", "\u00e9t\u00e9", "A B", "en", "vi", "en-GB", "x-",
            "en--gb", "abcdefghi", "xx", "../a", "a/./b", "./", ".", "..", "a%2", "a%20b", "//host/x", "/abs", "a//b",
            "~user", "a:b/c", "-", "\t", "\n", "tab\there", "line\nbreak", "1 2", "<", "&", "%");

    // ---- the schema reader

    @Test
    void readsTheBundledSchemaAndKnowsTheActivity() {
        CompiledSchema schema = CompiledSchema.read();
        assertThat(schema.activity().particles).extracting(CompiledSchema.Particle::name)
                .startsWith("iati-identifier", "reporting-org", "title", "description");
        assertThat(schema.activity().xmlLang).isTrue();
        assertThat(schema.root().required).isEqualTo(1);
    }

    @Test
    void refusesTypesAndConstructsItDoesNotRead() throws Exception {
        assertThatThrownBy(() -> PlainValues.builtIn("gYear")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> PlainValues.builtIn("token")).isInstanceOf(IllegalStateException.class);
        // each a construct a later schema could bring: the pre-check would misread it, so it must refuse to start
        String[][] changes = {
            {"<xsd:sequence>", "<xsd:choice>", "</xsd:sequence>", "</xsd:choice>"},
            {"<xsd:complexType>", "<xsd:complexType mixed=\"true\">"},
            {"type=\"xsd:date\"", "type=\"xsd:gYear\""},
            {"type=\"xsd:string\"", "type=\"xsd:token\""},
            {"type=\"xsd:boolean\" use=\"optional\"", "type=\"xsd:boolean\" default=\"true\""},
            {"namespace=\"##other\" processContents=\"lax\" minOccurs=\"0\"",
                "namespace=\"##any\" processContents=\"lax\" minOccurs=\"0\""},
            {"<xsd:any namespace=\"##other\" processContents=\"lax\" minOccurs=\"0\"",
                "<xsd:any namespace=\"##other\" processContents=\"lax\" minOccurs=\"1\""},
            {"processContents=\"lax\"", "processContents=\"strict\""},
            {"<xsd:sequence>", "<xsd:sequence maxOccurs=\"2\">"},
            {"minOccurs=\"1\" maxOccurs=\"1\"/>", "minOccurs=\"1\" maxOccurs=\"1\" nillable=\"true\"/>"},
        };
        String original = read("iati-activities-schema.xsd");
        assertThat(CompiledSchema.read(files(original))).isNotNull();
        for (String[] change : changes) {
            String altered = original;
            for (int i = 0; i < change.length; i += 2) {
                assertThat(altered).as(change[i]).contains(change[i]);
                altered = altered.replace(change[i], change[i + 1]);
            }
            String result = altered;
            assertThatThrownBy(() -> CompiledSchema.read(files(result))).as(change[1])
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    private static String read(String name) throws java.io.IOException {
        try (InputStream in = SchemaPrecheckTests.class.getResourceAsStream("/iati/2.03/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** The bundled files, the activity schema given as {@code activities}. */
    private static java.util.function.Function<String, InputStream> files(String activities) {
        return name -> "iati-activities-schema.xsd".equals(name)
                ? new ByteArrayInputStream(activities.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                : SchemaPrecheckTests.class.getResourceAsStream("/iati/2.03/" + name);
    }

    // ---- proof 1: IATI's schema tests

    @Test
    void acceptsOnlyWhatTheValidatorFindsValidOverIatisSchemaTests() throws Exception {
        int activities = 0;
        int accepted = 0;
        int valid = 0;
        int rootsAccepted = 0;
        int files = 0;
        for (Path file : ActivityStreamTests.schemaTests().toList()) {
            ActivityBatchTests.Recorded recorded;
            try (InputStream in = Files.newInputStream(file)) {
                recorded = ActivityBatchTests.record(in);
            } catch (ImportFileRefused refused) {
                continue;
            }
            if (recorded.activities().isEmpty()) {
                continue;
            }
            files++;
            boolean root = SchemaPrecheck.accepts(recorded.header().root());
            rootsAccepted += root ? 1 : 0;
            List<List<SchemaError>> alone = ActivityBatchTests.alone(recorded);
            for (int i = 0; i < alone.size(); i++) {
                activities++;
                valid += alone.get(i).isEmpty() ? 1 : 0;
                if (root && SchemaPrecheck.accepts(recorded.activities().get(i))) {
                    accepted++;
                    assertThat(alone.get(i)).as(file + ", activity " + (i + 1)).isEmpty();
                }
            }
        }
        System.out.printf("schema tests: %d files (%d roots accepted), %d activities, %d valid alone, "
                + "%d accepted by the pre-check%n", files, rootsAccepted, activities, valid, accepted);
        assertThat(accepted).as("the pre-check accepts plain valid activities").isGreaterThan(valid / 4);
    }

    // ---- proof 2: mutants of valid activities

    @Test
    void acceptsNoMutantTheValidatorRefuses() throws Exception {
        List<Document> sources = validSources();
        assertThat(sources).hasSizeGreaterThan(50);
        Set<String> names = new TreeSet<>();
        for (Document source : sources) {
            for (Element element : elements(source.getDocumentElement())) {
                if (element.getNamespaceURI() == null) {
                    names.add(element.getTagName());
                }
            }
        }
        List<String> namePool = new ArrayList<>(names);
        namePool.add("bogus");
        Random random = new Random(SEED);
        int[][] confusion = new int[2][2]; // [accepted][valid]
        Map<String, Integer> kinds = new java.util.TreeMap<>();
        for (int m = 0; m < MUTANTS; m++) {
            Document mutant = (Document) sources.get(random.nextInt(sources.size())).cloneNode(true);
            int steps = 1 + random.nextInt(3);
            StringBuilder did = new StringBuilder();
            for (int s = 0; s < steps; s++) {
                String kind = mutate(mutant, random, namePool);
                did.append(kind).append(' ');
                kinds.merge(kind, 1, Integer::sum);
            }
            String xml = serialise(mutant);
            ActivityBatchTests.Recorded recorded;
            try {
                recorded = ActivityBatchTests.record(xml);
            } catch (ImportFileRefused refused) {
                continue;
            }
            if (recorded.activities().size() != 1) {
                continue;
            }
            boolean accepted = SchemaPrecheck.accepts(recorded.header().root())
                    && SchemaPrecheck.accepts(recorded.activities().get(0));
            boolean valid = ActivityBatchTests.alone(recorded).get(0).isEmpty();
            confusion[accepted ? 1 : 0][valid ? 1 : 0]++;
            if (accepted) {
                assertThat(valid).as("mutant %d (%s) accepted but invalid:%n%s", m, did, xml).isTrue();
            }
        }
        System.out.printf("mutants (seed %d): %d; mutations %s%n", SEED, MUTANTS, kinds);
        System.out.printf("  accepted & valid %d, accepted & invalid %d, not sure & valid %d, not sure & invalid %d%n",
                confusion[1][1], confusion[1][0], confusion[0][1], confusion[0][0]);
        assertThat(confusion[1][0]).isZero();
        assertThat(confusion[1][1]).as("some mutants are plainly valid and accepted").isGreaterThan(100);
        assertThat(confusion[0][0]).as("most mutants are invalid").isGreaterThan(MUTANTS / 4);
    }

    /** One random mutation of the document's single activity; its kind. */
    private static String mutate(Document document, Random random, List<String> namePool) {
        Element root = document.getDocumentElement();
        Element activity = elements(root).get(1); // the root first, then the activity
        List<Element> all = elements(activity);
        Element target = all.get(random.nextInt(all.size()));
        Element inner = all.size() > 1 ? all.get(1 + random.nextInt(all.size() - 1)) : target;
        String tricky = TRICKY.get(random.nextInt(TRICKY.size()));
        int kind = random.nextInt(13);
        switch (kind) {
            case 0 -> {
                if (inner != activity) {
                    inner.getParentNode().removeChild(inner);
                }
                return "delete";
            }
            case 1 -> {
                if (inner != activity) {
                    inner.getParentNode().insertBefore(inner.cloneNode(true), inner.getNextSibling());
                }
                return "duplicate";
            }
            case 2 -> {
                Element next = nextElement(inner);
                if (next != null && inner != activity) {
                    inner.getParentNode().insertBefore(next, inner);
                }
                return "reorder";
            }
            case 3 -> {
                if (inner != activity) {
                    document.renameNode(inner, null, namePool.get(random.nextInt(namePool.size())));
                }
                return "rename";
            }
            case 4 -> {
                NamedNodeMap attributes = target.getAttributes();
                if (attributes.getLength() > 0) {
                    target.removeAttributeNode((Attr) attributes.item(random.nextInt(attributes.getLength())));
                }
                return "drop-attribute";
            }
            case 5 -> {
                String[] names = {"colour", "ref", "type", "code", "iso-date", "value-date", "percentage",
                    "vocabulary", "currency", "url", "format", "secondary-reporter", "humanitarian", "version"};
                target.setAttribute(names[random.nextInt(names.length)], tricky);
                return "add-attribute";
            }
            case 6 -> {
                Node child = target.getFirstChild();
                target.insertBefore(document.createTextNode(random.nextBoolean() ? "text" : " \n\t "), child);
                return "text";
            }
            case 7, 8 -> {
                NamedNodeMap attributes = target.getAttributes();
                if (attributes.getLength() > 0) {
                    ((Attr) attributes.item(random.nextInt(attributes.getLength()))).setValue(tricky);
                }
                return "attribute-value";
            }
            case 9 -> {
                List<Element> leaves = all.stream().filter(e -> elements(e).size() == 1).toList();
                Element leaf = leaves.isEmpty() ? activity : leaves.get(random.nextInt(leaves.size()));
                if (leaf != activity) {
                    leaf.setTextContent(tricky);
                }
                return "text-value";
            }
            case 10 -> {
                String[][] namespaced = {{XMLConstants.XML_NS_URI, "xml:lang"}, {XMLConstants.XML_NS_URI, "xml:id"},
                    {XMLConstants.XML_NS_URI, "xml:space"}, {XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "xsi:nil"},
                    {"http://example.org/ext", "ext:note"}};
                String[] name = namespaced[random.nextInt(namespaced.length)];
                target.setAttributeNS(name[0], name[1], random.nextBoolean() ? "en" : tricky);
                return "namespaced-attribute";
            }
            case 11 -> {
                Element other = all.get(random.nextInt(all.size()));
                if (inner != activity && !contains(inner, other)) {
                    other.appendChild(inner);
                }
                return "move";
            }
            default -> {
                if (random.nextBoolean()) {
                    target.appendChild(document.createElementNS("http://example.org/ext", "ext:thing"));
                } else {
                    root.setAttribute("generated-datetime", tricky);
                }
                return "extension-or-root";
            }
        }
    }

    private static boolean contains(Element ancestor, Node node) {
        for (Node at = node; at != null; at = at.getParentNode()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static Element nextElement(Element element) {
        for (Node node = element.getNextSibling(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element next) {
                return next;
            }
        }
        return null;
    }

    /** The element and every element in it, in document order. */
    private static List<Element> elements(Element element) {
        List<Element> all = new ArrayList<>();
        all.add(element);
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                all.addAll(elements(child));
            }
        }
        return all;
    }

    /**
     * Each activity the validator finds valid alone, of IATI's should-pass tests, of the benchmark and of the tests'
     * own file, as a document of its own (the file's root, that activity).
     */
    private static List<Document> validSources() throws Exception {
        List<String> files = new ArrayList<>();
        for (Path file : ActivityStreamTests.shouldPass().toList()) {
            files.add(Files.readString(file));
        }
        files.add(ActivityStreamTests.activities(2));
        files.add("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\" "
                + "generated-datetime=\"2026-12-07T05:00:00Z\">\n" + benchmarkActivity() + "</iati-activities>\n");
        List<Document> sources = new ArrayList<>();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        for (String file : files) {
            Document document;
            try {
                document = factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(file)));
            } catch (SAXException e) {
                continue;
            }
            Element root = document.getDocumentElement();
            if (!"iati-activities".equals(root.getLocalName())) {
                continue;
            }
            for (Element activity : elements(root)) {
                if (activity.getParentNode() != root || !"iati-activity".equals(activity.getLocalName())) {
                    continue;
                }
                Document one = factory.newDocumentBuilder().newDocument();
                Element copy = (Element) one.importNode(root, false);
                one.appendChild(copy);
                copy.appendChild(one.importNode(activity, true));
                ActivityBatchTests.Recorded recorded;
                try {
                    recorded = ActivityBatchTests.record(serialise(one));
                } catch (ImportFileRefused refused) {
                    continue;
                }
                if (recorded.activities().size() == 1
                        && ActivityBatchTests.alone(recorded).get(0).isEmpty()) {
                    sources.add(one);
                }
            }
        }
        return sources;
    }

    /** The benchmark's realistic activity (IatiImportBenchmark repeats it), the {@code i}-th of its file. */
    static String benchmarkActivity() {
        return benchmarkActivity(7);
    }

    static String benchmarkActivity(int i) {
        return " <iati-activity last-updated-datetime=\"2026-12-01T00:00:00Z\" xml:lang=\"en\" default-currency=\"USD\">\n"
                + "  <iati-identifier>XM-DAC-1-" + i + "</iati-identifier>\n"
                + "  <reporting-org ref=\"XM-DAC-1\" type=\"21\"><narrative>Donor</narrative></reporting-org>\n"
                + "  <title><narrative>Clean water and sanitation for schools, batch " + i + "</narrative>"
                + "<narrative xml:lang=\"vi\">N\u01b0\u1edbc s\u1ea1ch cho tr\u01b0\u1eddng h\u1ecdc " + i
                + "</narrative></title>\n"
                + "  <description type=\"1\"><narrative>Wells, latrines and hygiene training in the commune's "
                + "primary schools, with the parents' associations keeping them up.</narrative></description>\n"
                + "  <participating-org role=\"1\" ref=\"XM-DAC-1\" type=\"21\"><narrative>Donor</narrative>"
                + "</participating-org>\n"
                + "  <participating-org role=\"4\" type=\"22\"><narrative>Implementer</narrative></participating-org>\n"
                + "  <activity-status code=\"2\"/>\n"
                + "  <activity-date type=\"1\" iso-date=\"2027-01-01\"/>\n"
                + "  <activity-date type=\"3\" iso-date=\"2027-12-31\"/>\n"
                + "  <recipient-country code=\"VN\" percentage=\"100\"/>\n"
                + "  <sector code=\"11110\" vocabulary=\"1\" percentage=\"100\"/>\n"
                + "  <default-aid-type code=\"C01\"/>\n"
                + "  <budget type=\"1\" status=\"1\"><period-start iso-date=\"2027-01-01\"/>"
                + "<period-end iso-date=\"2027-12-31\"/><value currency=\"USD\" value-date=\"2027-01-01\">"
                + (1000 + i) + "</value></budget>\n"
                + "  <transaction><transaction-type code=\"2\"/><transaction-date iso-date=\"2027-01-05\"/>"
                + "<value value-date=\"2027-01-05\">" + (1000 + i) + "</value></transaction>\n"
                + " </iati-activity>\n";
    }

    @Test
    void acceptsTheBenchmarksActivity() {
        ActivityBatchTests.Recorded recorded = ActivityBatchTests.record("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<iati-activities version=\"2.03\" generated-datetime=\"2026-12-07T05:00:00Z\">\n"
                + benchmarkActivity() + benchmarkActivity() + "</iati-activities>\n");
        assertThat(SchemaPrecheck.accepts(recorded.header().root())).isTrue();
        assertThat(recorded.activities()).allSatisfy(events -> assertThat(SchemaPrecheck.accepts(events)).isTrue());
        assertThat(ActivityBatchTests.alone(recorded)).allSatisfy(errors -> assertThat(errors).isEmpty());
    }

    private static String serialise(Document document) throws Exception {
        Transformer transformer = TransformerFactory.newDefaultInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        StringWriter out = new StringWriter();
        transformer.transform(new DOMSource(document), new StreamResult(out));
        return out.toString();
    }

    // ---- the simple values, one by one

    /**
     * Every simple type the pre-check reads, over the tricky values and thousands of random near-misses (dates,
     * numbers, URIs built from their own characters): a value it calls plainly valid is valid for Xerces, as an
     * element's text and as an attribute.
     */
    @Test
    void callsPlainlyValidOnlyValuesTheValidatorTakes() throws Exception {
        Random random = new Random(SEED);
        List<String> values = new ArrayList<>(TRICKY);
        String[] alphabets = {"0123456789-", "0123456789-T:Z+.", "0123456789.-+eE ", "abc:/.%#?@[] 019AF\u00e9z-_~",
            "trufalse01TRUE ", "azAZ09-_.:\u00e9 ", "xy/.~-_%0aF"};
        for (int i = 0; i < 4000; i++) {
            String alphabet = alphabets[i % alphabets.length];
            StringBuilder value = new StringBuilder();
            if (i % alphabets.length == 3 && random.nextBoolean()) {
                value.append(random.nextBoolean() ? "http://" : "https://");
            }
            for (int n = random.nextInt(14); n > 0; n--) {
                value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            values.add(value.toString());
            values.add(String.format("%04d-%02d-%02d", random.nextInt(3000), random.nextInt(14), random.nextInt(33)));
            values.add(String.format("%04d-%02d-%02dT%02d:%02d:%02d%s", 1 + random.nextInt(2999),
                    1 + random.nextInt(12), 1 + random.nextInt(31), random.nextInt(26), random.nextInt(62),
                    random.nextInt(62), new String[] {"", "Z", "+13:59", "-14:00", "+07:00", ".123", "+15:00"}
                            [random.nextInt(7)]));
        }
        Map<PlainValues, int[]> counts = new java.util.EnumMap<>(PlainValues.class);
        for (PlainValues type : PlainValues.values()) {
            String xsdType = type == PlainValues.LANGUAGE ? "language" : xsdName(type);
            Validator validator = validatorFor(xsdType);
            int[] count = {0, 0};
            for (String value : values) {
                count[1]++;
                if (type.plainlyValid(value)) {
                    count[0]++;
                    assertThat(valid(validator, "<v>" + escape(value) + "</v>")).as(type + " " + value).isTrue();
                    assertThat(valid(validator, "<a x=\"" + escape(value) + "\"/>")).as(type + " " + value).isTrue();
                }
            }
            counts.put(type, count);
        }
        StringBuilder line = new StringBuilder("plainly valid / values tried:");
        counts.forEach((type, count) -> line.append(' ').append(type).append(' ').append(count[0]).append('/')
                .append(count[1]));
        System.out.println(line);
        assertThat(counts.values()).allSatisfy(count -> assertThat(count[0]).isGreaterThan(3));
    }

    private static String xsdName(PlainValues type) {
        return switch (type) {
            case STRING -> "string";
            case DATE -> "date";
            case DATE_TIME -> "dateTime";
            case DECIMAL -> "decimal";
            case BOOLEAN -> "boolean";
            case ANY_URI -> "anyURI";
            case INT -> "int";
            case POSITIVE_INTEGER -> "positiveInteger";
            case NON_NEGATIVE_INTEGER -> "nonNegativeInteger";
            case NMTOKEN -> "NMTOKEN";
            case LANGUAGE -> "language";
        };
    }

    private static final Map<String, Validator> VALIDATORS = new java.util.HashMap<>();

    private static Validator validatorFor(String xsdType) throws SAXException {
        Validator known = VALIDATORS.get(xsdType);
        if (known != null) {
            return known;
        }
        String xsd = "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">"
                + "<xs:element name=\"v\" type=\"xs:" + xsdType + "\"/>"
                + "<xs:element name=\"a\"><xs:complexType><xs:attribute name=\"x\" type=\"xs:" + xsdType
                + "\" use=\"required\"/></xs:complexType></xs:element></xs:schema>";
        Schema schema = SchemaFactory.newDefaultInstance().newSchema(new StreamSource(new StringReader(xsd)));
        Validator validator = schema.newValidator();
        VALIDATORS.put(xsdType, validator);
        return validator;
    }

    private static boolean valid(Validator validator, String xml) throws Exception {
        try {
            validator.reset();
            validator.validate(new StreamSource(new ByteArrayInputStream(xml.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8))));
            return true;
        } catch (SAXException e) {
            return false;
        }
    }

    /** The value as XML text: markup and every character outside printable ASCII as a character reference. */
    private static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '<' || c == '&' || c == '"' || c < 0x20 || c > 0x7e) {
                if (c == 0) {
                    out.append('?'); // not an XML character at all: never reaches the pre-check
                } else {
                    out.append("&#").append((int) c).append(';');
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
