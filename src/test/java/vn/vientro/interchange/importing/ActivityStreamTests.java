package vn.vientro.interchange.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The streaming reader and the per-activity schema check, on IATI's own tests and on hostile files. */
class ActivityStreamTests {

    static final Path DATA = Path.of(System.getProperty("iati.data", "/work/shared/data/iati"));
    static final Path TESTS = DATA.resolve("examples/schema-tests");

    record Outcome(FileHeader header, List<IatiImportJobs.ReadActivity> activities, List<List<SchemaError>> errors,
                   ActivityStream.Result result) {

        long invalid() {
            return errors.stream().filter(e -> !e.isEmpty()).count();
        }
    }

    static Outcome read(InputStream in) {
        List<IatiImportJobs.ReadActivity> activities = new ArrayList<>();
        ActivityStream.Result result = ActivityPipeline.read(in, activities::add);
        return new Outcome(result.header(), activities,
                activities.stream().map(IatiImportJobs.ReadActivity::errors).toList(), result);
    }

    static Outcome read(String xml) {
        return read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static Stream<Path> files(String... folders) throws IOException {
        List<Path> all = new ArrayList<>();
        for (String folder : folders) {
            try (Stream<Path> walk = Files.walk(TESTS.resolve(folder))) {
                walk.filter(p -> p.toString().endsWith(".xml")).sorted().forEach(all::add);
            }
        }
        return all.stream();
    }

    static Stream<Path> shouldPass() throws IOException {
        return files("activity-tests/should-pass", "should-pass/iati-activities");
    }

    static Stream<Path> shouldFail() throws IOException {
        return files("activity-tests/should-fail", "should-fail/iati-activities");
    }

    @ParameterizedTest
    @MethodSource("shouldPass")
    void readsEveryActivityOfAShouldPassTestAsValid(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Outcome outcome = read(in);
            assertThat(outcome.result().stop()).isNull();
            assertThat(outcome.errors()).allSatisfy(errors -> assertThat(errors).isEmpty());
        }
    }

    @ParameterizedTest
    @MethodSource("shouldFail")
    void reportsAShouldFailTestClearly(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Outcome outcome = read(in);
            // refused as a whole is also clear; otherwise an activity is listed with its line and the schema's words,
            // or (the one test of a missing version, which the import tolerates on purpose) the version is noted
            assertThat(outcome.invalid() > 0 || outcome.result().stop() != null
                    || outcome.header().versionNote() != null).as(file.toString()).isTrue();
            outcome.errors().stream().flatMap(List::stream).forEach(error -> {
                assertThat(error.line()).isPositive();
                assertThat(error.message()).isNotBlank();
            });
        } catch (ImportFileRefused refused) {
            assertThat(refused.messageKey()).startsWith("interchange.import.file.");
        }
    }

    static Stream<Path> schemaTests() throws IOException {
        return Stream.concat(shouldPass(), shouldFail());
    }

    /**
     * The schema check replays the parser's events into the JDK's validator: it must say what the JDK's own parser
     * and validator say reading the whole file (each activity checked apart: the same complaints, lines included),
     * but for what the import tolerates on purpose (a missing version) or never checks (a file without activities).
     */
    @ParameterizedTest
    @MethodSource("schemaTests")
    void complainsAsTheJdkValidatorReadingTheWholeFile(Path file) throws Exception {
        Outcome outcome;
        try (InputStream in = Files.newInputStream(file)) {
            outcome = read(in);
        } catch (ImportFileRefused refused) {
            return; // refused as a whole: nothing checked activity by activity
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(outcome.result().stop() == null
                && !outcome.activities().isEmpty()
                && !"interchange.import.version.missing".equals(outcome.header().versionNote()));
        List<String> theirs = new ArrayList<>();
        javax.xml.validation.Validator validator = ActivitySchema.compiled().newValidator();
        validator.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void error(org.xml.sax.SAXParseException e) {
                theirs.add(e.getLineNumber() + " " + e.getMessage());
            }
        });
        try {
            validator.validate(new javax.xml.transform.stream.StreamSource(file.toFile()));
        } catch (org.xml.sax.SAXParseException fatal) {
            theirs.add(fatal.getLineNumber() + " " + fatal.getMessage());
        }
        List<String> ours = outcome.errors().stream().flatMap(List::stream)
                .map(error -> error.line() + " " + error.message()).distinct().toList();
        assertThat(ours).as(file.toString()).containsExactlyElementsOf(theirs.stream().distinct().toList());
    }

    @Test
    void readsTheAnnotatedExampleAsOneValidActivity() throws IOException {
        try (InputStream in = Files.newInputStream(DATA.resolve("examples/activity-standard-example-annotated.xml"))) {
            Outcome outcome = read(in);
            assertThat(outcome.activities()).hasSize(1);
            assertThat(outcome.errors().get(0)).isEmpty();
            assertThat(outcome.header().version()).isEqualTo("2.03");
        }
    }

    @Test
    void refusesADoctypeSoNoExternalEntityIsEverRead() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE iati-activities [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <iati-activities version="2.03"><iati-activity><iati-identifier>&x;</iati-identifier></iati-activity>
                </iati-activities>""";
        assertThatThrownBy(() -> read(xxe)).isInstanceOf(ImportFileRefused.class)
                .extracting(e -> ((ImportFileRefused) e).messageKey()).isEqualTo("interchange.import.file.dtd");
    }

    @Test
    void refusesTheBillionLaughsWithoutExpandingAnything() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";")
                    .repeat(10)).append("\">");
        }
        String bomb = "<?xml version=\"1.0\"?>" + doctype + "]><iati-activities version=\"2.03\"><iati-activity>"
                + "<iati-identifier>&lol9;</iati-identifier></iati-activity></iati-activities>";
        assertThatThrownBy(() -> read(bomb)).isInstanceOf(ImportFileRefused.class);
    }

    @Test
    void refusesAnUndeclaredEntityWithoutADoctypeAtTheLineItIsOn() {
        Outcome outcome = read(activities(3).replace("<iati-identifier>XM-2</iati-identifier>",
                "<iati-identifier>&lol9;</iati-identifier>"));
        assertThat(outcome.activities()).hasSize(1);
        assertThat(outcome.result().stop()).isNotNull();
    }

    @Test
    void stopsAtAnOversizedTextInsteadOfBlowingUp() {
        // a quadratic blow-up tries millions of references in one text; the parser's text limit stops it linearly
        String huge = "<iati-activities version=\"2.03\"><iati-activity><iati-identifier>"
                + "&amp;".repeat(5_000_000) + "</iati-identifier></iati-activity></iati-activities>";
        long start = System.nanoTime();
        Outcome outcome = read(huge);
        assertThat(outcome.activities()).isEmpty();
        assertThat(outcome.result().stop()).isNotNull();
        assertThat(System.nanoTime() - start).isLessThan(20_000_000_000L);
    }

    @Test
    void refusesVersionOneWithAClearMessage() {
        assertThatThrownBy(() -> read("<iati-activities version=\"1.05\"><iati-activity/></iati-activities>"))
                .isInstanceOf(ImportFileRefused.class)
                .extracting(e -> ((ImportFileRefused) e).messageKey()).isEqualTo("interchange.import.file.version1");
    }

    @Test
    void toleratesAMissingOrMisspeltVersion() {
        assertThat(read("<iati-activities><iati-activity/></iati-activities>").header())
                .satisfies(h -> assertThat(h.version()).isEqualTo("2.03"))
                .satisfies(h -> assertThat(h.versionNote()).isEqualTo("interchange.import.version.missing"));
        assertThat(read("<iati-activities version=\" v2,01 \"><iati-activity/></iati-activities>").header().version())
                .isEqualTo("2.01");
    }

    @Test
    void refusesVersionOneGivenOnTheActivitiesWhenTheRootGivesNone() {
        assertThatThrownBy(() -> read("<iati-activities><iati-activity version=\"1.04\"/></iati-activities>"))
                .isInstanceOf(ImportFileRefused.class)
                .satisfies(e -> assertThat(((ImportFileRefused) e).messageKey())
                        .isEqualTo("interchange.import.file.version1"))
                .satisfies(e -> assertThat(((ImportFileRefused) e).arguments()).containsExactly("1.04"));
        // the root's version is the file's: an activity's of version 1 under a root of 2.03 is the schema's to refuse
        assertThat(read("<iati-activities version=\"2.03\"><iati-activity version=\"1.04\"/></iati-activities>")
                .invalid()).isEqualTo(1);
    }

    @Test
    void readsAVersionOfManyDigitsAsUnknown() {
        assertThat(read("<iati-activities version=\"99999999999999999999.1\"><iati-activity/></iati-activities>")
                .header()).satisfies(h -> assertThat(h.version()).isEqualTo("2.03"))
                .satisfies(h -> assertThat(h.versionNote()).isEqualTo("interchange.import.version.unknown"));
        assertThatThrownBy(() -> read("<iati-activities><iati-activity version=\"1.99999999999999999999\"/>"
                + "</iati-activities>")).isInstanceOf(ImportFileRefused.class);
    }

    @Test
    void saysAnHtmlPageIsNotAnActivityFileRatherThanThatItHasADoctype() {
        assertThatThrownBy(() -> read("<!DOCTYPE html>\n<html><body><h1>Not Found</h1></body></html>"))
                .isInstanceOf(ImportFileRefused.class)
                .satisfies(e -> assertThat(((ImportFileRefused) e).messageKey())
                        .isEqualTo("interchange.import.file.notIati"))
                .satisfies(e -> assertThat(((ImportFileRefused) e).arguments()).containsExactly("html"));
    }

    @Test
    void refusesAnOrganisationFileAndOtherXml() {
        assertThatThrownBy(() -> read("<iati-organisations version=\"2.03\"/>")).isInstanceOf(ImportFileRefused.class)
                .extracting(e -> ((ImportFileRefused) e).messageKey())
                .isEqualTo("interchange.import.file.organisations");
        assertThatThrownBy(() -> read("<html/>")).isInstanceOf(ImportFileRefused.class);
        assertThatThrownBy(() -> read("not xml at all")).isInstanceOf(ImportFileRefused.class);
    }

    @Test
    void keepsTheActivitiesBeforeATruncation() {
        String whole = activities(5);
        Outcome outcome = read(whole.substring(0, whole.indexOf("XM-4") + 2));
        assertThat(outcome.activities()).hasSize(3);
        assertThat(outcome.result().stop()).isNotNull();
        assertThat(outcome.result().stop().line()).isPositive();
    }

    @Test
    void listsOneBrokenActivityAmongManyWithItsLineAboveSixtyFiveThousand() {
        int count = 30_000;
        String file = activities(count).replace("<iati-identifier>XM-20000</iati-identifier>",
                "<iati-identifier>XM-20000</iati-identifier><bogus/>");
        Outcome outcome = read(file);
        assertThat(outcome.activities()).hasSize(count);
        assertThat(outcome.errors().get(0)).isEmpty();
        assertThat(outcome.invalid()).isEqualTo(1);
        int broken = 20_000 - 1;
        long expectedLine = file.substring(0, file.indexOf("<bogus/>")).lines().count();
        assertThat(expectedLine).isGreaterThan(65_535);
        assertThat(outcome.errors().get(broken)).first()
                .satisfies(error -> assertThat(error.line()).isEqualTo(expectedLine));
        assertThat(outcome.activities().get(broken).line()).isEqualTo(expectedLine - 1);
    }

    @Test
    void readsUtf16WithAByteOrderMarkAndCrLfLines() {
        String xml = activities(2).replace("UTF-8", "UTF-16").replace("\n", "\r\n");
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_16); // big endian with a BOM
        Outcome outcome = read(new ByteArrayInputStream(bytes));
        assertThat(outcome.activities()).hasSize(2);
        assertThat(outcome.invalid()).isZero();
        assertThat(outcome.activities().get(1).line()).isEqualTo(xml.substring(0, xml.indexOf("<iati-activity",
                xml.indexOf("XM-1"))).split("\r\n", -1).length);
    }

    @Test
    void readsAFileDeclaredAsciiAsUtf8AndLatin1AsLatin1() {
        String title = "N\u01b0\u1edbc s\u1ea1ch";
        String ascii = activities(1).replace("UTF-8", "US-ASCII").replace("Activity 1", title);
        Outcome outcome = read(new ByteArrayInputStream(ascii.getBytes(StandardCharsets.UTF_8)));
        assertThat(outcome.activities().get(0).facts().title("en")).isEqualTo(title);
        String latin = activities(1).replace("UTF-8", "ISO-8859-1").replace("Activity 1", "Caf\u00e9");
        outcome = read(new ByteArrayInputStream(latin.getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(outcome.activities().get(0).facts().title("en")).isEqualTo("Caf\u00e9");
    }

    @Test
    void stopsAtBytesThatAreNotUtf8() {
        byte[] good = activities(3).getBytes(StandardCharsets.UTF_8);
        int at = activities(3).indexOf("XM-3");
        good[at] = (byte) 0xC3; // a lead byte followed by an ASCII letter: malformed
        Outcome outcome = read(new ByteArrayInputStream(good));
        assertThat(outcome.result().stop()).isNotNull();
        assertThat(outcome.result().stop().messageKey()).isEqualTo("interchange.import.stop.encoding");
    }

    @Test
    void readsTheActivitiesBeforeWindows1252BytesInAUtf8FileAndStopsAtTheirLine() {
        // a small file: the parser's first block holds the whole file, bad bytes and all
        String file = activities(3).replace("Activity 2", "Caf\u00e9 \u2013 \u00e9coles");
        byte[] bytes = file.replace("Caf\u00e9 \u2013 \u00e9coles", "@@").getBytes(StandardCharsets.UTF_8);
        int at = file.indexOf("Caf");
        byte[] windows = "Caf\u00e9 \u2013 \u00e9coles".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        byte[] mixed = new byte[bytes.length - 2 + windows.length];
        System.arraycopy(bytes, 0, mixed, 0, at);
        System.arraycopy(windows, 0, mixed, at, windows.length);
        System.arraycopy(bytes, at + 2, mixed, at + windows.length, bytes.length - at - 2);

        Outcome outcome = read(new ByteArrayInputStream(mixed));
        assertThat(outcome.activities()).hasSize(1);
        assertThat(outcome.result().stop()).isNotNull().satisfies(stop -> {
            assertThat(stop.messageKey()).isEqualTo("interchange.import.stop.encoding");
            assertThat(stop.line()).isEqualTo(file.substring(0, at).lines().count());
        });

        // far into a larger file, after characters of three and four bytes across the parser's blocks
        String large = activities(2000).replace("What it does", "\u1ea0 \ud83c\udf3e \u00e9");
        byte[] bad = large.getBytes(StandardCharsets.UTF_8);
        int broken = new String(bad, StandardCharsets.ISO_8859_1).indexOf("XM-1500<");
        bad[broken + 3] = (byte) 0xE9; // the 1 of XM-1500, as Windows-1252's letter e acute
        outcome = read(new ByteArrayInputStream(bad));
        assertThat(outcome.activities()).hasSize(1499);
        assertThat(outcome.invalid()).isZero();
        assertThat(outcome.result().stop().line())
                .isEqualTo(large.substring(0, large.indexOf("XM-1500<")).lines().count());
    }

    /** A file of minimal valid activities, each nine lines long after a two-line head. */
    static String activities(int count) {
        StringBuilder file = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<iati-activities version=\"2.03\" generated-datetime=\"2026-12-07T05:00:00Z\">\n");
        for (int i = 1; i <= count; i++) {
            file.append(" <iati-activity last-updated-datetime=\"2026-12-01T00:00:00Z\" default-currency=\"USD\">\n")
                    .append("  <iati-identifier>XM-").append(i).append("</iati-identifier>\n")
                    .append("  <reporting-org ref=\"XM-DAC-1\" type=\"21\"><narrative>Donor</narrative></reporting-org>\n")
                    .append("  <title><narrative>Activity ").append(i).append("</narrative></title>\n")
                    .append("  <description><narrative>What it does</narrative></description>\n")
                    .append("  <participating-org role=\"1\" ref=\"XM-DAC-1\"/>\n")
                    .append("  <activity-status code=\"2\"/>\n")
                    .append("  <activity-date type=\"1\" iso-date=\"2026-01-01\"/>\n")
                    .append(" </iati-activity>\n");
        }
        return file.append("</iati-activities>\n").toString();
    }
}
