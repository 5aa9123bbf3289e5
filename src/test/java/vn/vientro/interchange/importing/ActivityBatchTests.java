package vn.vientro.interchange.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema check of many activities in one validator document (a batch), with recycled recordings and names
 * declared interned to the validator, says exactly what checking each activity alone says: on every IATI schema test
 * and on files with broken activities among valid ones, across batch boundaries.
 */
class ActivityBatchTests {

    record Recorded(FileHeader header, List<RecordedActivity> activities) {
    }

    static Recorded record(InputStream in) {
        List<RecordedActivity> all = new ArrayList<>();
        FileHeader[] header = {null};
        ActivityStream.read(in, (h, events) -> {
            header[0] = h;
            all.add(events); // a new recording each: nothing recycled
        });
        return new Recorded(header[0], all);
    }

    static List<List<SchemaError>> alone(Recorded recorded) {
        ActivitySchema schema = new ActivitySchema();
        return recorded.activities().stream().map(events -> schema.check(recorded.header().root(), events)).toList();
    }

    static Recorded record(String xml) {
        return record(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Over IATI's schema tests: one document for the whole file, and the pipeline (batches, recycled recordings, two
     * workers), give each activity the complaints and facts it has alone.
     */
    @ParameterizedTest
    @MethodSource("vn.vientro.interchange.importing.ActivityStreamTests#schemaTests")
    void aBatchSaysWhatEachActivityAloneSays(Path file) throws IOException {
        Recorded recorded;
        try (InputStream in = Files.newInputStream(file)) {
            recorded = record(in);
        } catch (ImportFileRefused refused) {
            return; // refused as a whole: nothing checked activity by activity
        }
        if (recorded.activities().isEmpty()) {
            return;
        }
        List<List<SchemaError>> alone = alone(recorded);
        assertThat(new ActivitySchema().check(recorded.header().root(), recorded.activities())).as(file.toString())
                .isEqualTo(alone);
        ActivityStreamTests.Outcome piped;
        try (InputStream in = Files.newInputStream(file)) {
            piped = ActivityStreamTests.read(in);
        }
        assertThat(piped.errors()).as(file.toString()).isEqualTo(alone);
        String language = recorded.header().root().language();
        assertThat(piped.activities().stream().map(IatiImportJobs.ReadActivity::facts).toList()).as(file.toString())
                .isEqualTo(recorded.activities().stream().map(events -> ActivityFacts.read(events, language)).toList());
    }

    @Test
    void listsTheBrokenActivitiesAmongValidOnesAcrossBatchesWithTheirIdentifiersAndLines() {
        int count = 3 * ActivityPipeline.BATCH + 5;
        String file = ActivityStreamTests.activities(count)
                .replace("<iati-identifier>XM-5</iati-identifier>", "<iati-identifier>XM-5</iati-identifier><bogus/>")
                .replace("<iati-identifier>XM-16</iati-identifier>\n  <reporting-org",
                        "<iati-identifier>XM-16</iati-identifier>\n  <reporting-org colour=\"red\"")
                .replace("<iati-identifier>XM-17</iati-identifier>\n  <reporting-org ref=\"XM-DAC-1\" type=\"21\">",
                        "<iati-identifier>XM-17</iati-identifier>\n  <reporting-org ref=\"XM-DAC-1\" type=\"21\""
                                + " secondary-reporter=\"perhaps\">")
                .replace("type=\"1\" iso-date=\"2026-01-01\"/>\n </iati-activity>\n</iati-activities>",
                        "type=\"1\" iso-date=\"2026-13-01\"/>\n </iati-activity>\n</iati-activities>");
        ActivityStreamTests.Outcome outcome = ActivityStreamTests.read(file);
        assertThat(outcome.activities()).hasSize(count);
        List<String> invalid = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (!outcome.errors().get(i).isEmpty()) {
                invalid.add(outcome.activities().get(i).facts().identifier());
            }
        }
        assertThat(invalid).containsExactly("XM-5", "XM-16", "XM-17", "XM-" + count);
        assertThat(outcome.errors().get(4)).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(lineOf(file, "<bogus/>"));
            assertThat(error.message()).contains("bogus");
        });
        assertThat(outcome.errors().get(15)).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(lineOf(file, "colour=\"red\""));
            assertThat(error.message()).contains("colour");
        });
        assertThat(outcome.errors().get(16)).isNotEmpty().allSatisfy(error -> {
            assertThat(error.line()).isEqualTo(lineOf(file, "perhaps"));
            assertThat(error.message()).contains("perhaps");
        });
        assertThat(outcome.errors().get(count - 1)).isNotEmpty().allSatisfy(error -> {
            assertThat(error.line()).isEqualTo(lineOf(file, "2026-13-01"));
            assertThat(error.message()).contains("2026-13-01");
        });
        assertThat(outcome.errors()).isEqualTo(alone(record(file)));
        assertThat(outcome.activities()).extracting(IatiImportJobs.ReadActivity::position)
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, count).boxed().toList());
    }

    @Test
    void givesTheRootsComplaintToEveryActivityAsWhenEachIsCheckedAlone() {
        String file = ActivityStreamTests.activities(ActivityPipeline.BATCH + 3)
                .replace("generated-datetime=\"2026-12-07T05:00:00Z\"", "generated-datetime=\"yesterday\"");
        ActivityStreamTests.Outcome outcome = ActivityStreamTests.read(file);
        assertThat(outcome.errors()).hasSize(ActivityPipeline.BATCH + 3).allSatisfy(errors -> assertThat(errors)
                .isNotEmpty().allSatisfy(error -> assertThat(error.line()).isEqualTo(2)));
        assertThat(outcome.errors()).isEqualTo(alone(record(file)));
    }

    /**
     * IDs must be unique and IDREFs resolved within a document: an activity that may give any ({@code xml:id}, an
     * {@code xsi:type} of ID or IDREF on an extension) is checked alone, so two activities of a batch with the same
     * {@code xml:id} are both valid, and an unresolved IDREF is the complaint of its own activity only, as alone.
     */
    @Test
    void checksIdsAndIdrefsWithinEachActivityAlone() {
        String file = ActivityStreamTests.activities(ActivityPipeline.BATCH + 4)
                .replace("<iati-activity last-updated-datetime=\"2026-12-01T00:00:00Z\" default-currency=\"USD\">\n"
                        + "  <iati-identifier>XM-2<", "<iati-activity xml:id=\"same\" default-currency=\"USD\">\n"
                        + "  <iati-identifier>XM-2<")
                .replace("<iati-activity last-updated-datetime=\"2026-12-01T00:00:00Z\" default-currency=\"USD\">\n"
                        + "  <iati-identifier>XM-3<", "<iati-activity xml:id=\"same\" default-currency=\"USD\">\n"
                        + "  <iati-identifier>XM-3<")
                .replace("iso-date=\"2026-01-01\"/>\n </iati-activity>\n <iati-activity last-updated-datetime="
                        + "\"2026-12-01T00:00:00Z\" default-currency=\"USD\">\n  <iati-identifier>XM-6<",
                        "iso-date=\"2026-01-01\"/>\n  <ext:ref xmlns:ext=\"http://example.org/ext\""
                        + " xmlns:xs=\"http://www.w3.org/2001/XMLSchema\""
                        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"xs:IDREF\">nowhere</ext:ref>"
                        + "\n </iati-activity>\n <iati-activity last-updated-datetime="
                        + "\"2026-12-01T00:00:00Z\" default-currency=\"USD\">\n  <iati-identifier>XM-6<");
        assertThat(file).contains("xml:id=\"same\" default-currency=\"USD\">\n  <iati-identifier>XM-3<")
                .contains("nowhere");
        Recorded recorded = record(file);
        assertThat(recorded.activities()).extracting(RecordedActivity::identities)
                .containsExactly(java.util.stream.IntStream.rangeClosed(1, ActivityPipeline.BATCH + 4)
                        .mapToObj(i -> i == 2 || i == 3 || i == 5).toArray(Boolean[]::new));
        List<List<SchemaError>> alone = alone(recorded);
        assertThat(alone.get(1)).isEmpty();
        assertThat(alone.get(2)).isEmpty();
        assertThat(alone.get(4)).isNotEmpty().allSatisfy(error -> assertThat(error.message()).contains("nowhere"));
        assertThat(alone.stream().filter(errors -> !errors.isEmpty())).hasSize(1);
        assertThat(new ActivitySchema().check(recorded.header().root(), recorded.activities())).isEqualTo(alone);
        assertThat(ActivityStreamTests.read(file).errors()).isEqualTo(alone);
    }

    /** The validator is told the names are interned, and compares them by identity: they must be. */
    @Test
    void recordsInternedNamesPrefixesAndNamespaces() {
        String file = """
                <?xml version="1.0" encoding="UTF-8"?>
                <iati-activities version="2.03" xmlns:ext="http://example.org/ext">
                 <iati-activity xml:lang="en" ext:note="n" xmlns:other="http://example.org/other">
                  <iati-identifier>XM-1</iati-identifier>
                  <ext:thing other:attr="x"><other:inner/></ext:thing>
                 </iati-activity>
                </iati-activities>
                """;
        Recorded recorded = record(file);
        int checked = 0;
        for (RecordedActivity events : recorded.activities()) {
            events.rewind();
            for (byte kind = events.next(); kind != 0; kind = events.next()) {
                if (kind == RecordedActivity.TEXT) {
                    continue;
                }
                assertInterned(events.localName(), events.namespaceURI(), events.prefix(),
                        RecordedAttributes.qName(events.prefix(), events.localName()));
                for (int i = 0; i < events.namespaceCount(); i++) {
                    assertInterned(events.namespacePrefix(i), events.namespaceURI(i));
                }
                for (int i = 0; i < events.attributeCount(); i++) {
                    assertInterned(events.attributeLocalName(i), events.attributeNamespace(i),
                            events.attributePrefix(i),
                            RecordedAttributes.qName(events.attributePrefix(i), events.attributeLocalName(i)));
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(3);
        RootElement root = recorded.header().root();
        assertInterned(root.uri(), root.localName(), root.qName());
        for (String[] namespace : root.namespaces()) {
            assertInterned(namespace);
        }
        for (int i = 0; i < root.attributes().getLength(); i++) {
            assertInterned(root.attributes().getURI(i), root.attributes().getLocalName(i),
                    root.attributes().getQName(i), root.attributes().getType(i));
        }
        // the extension is in the wrong place: the validator names it with its namespace, as the JDK's own reading does
        assertThat(alone(recorded)).singleElement().satisfies(errors -> assertThat(errors).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("{\"http://example.org/ext\":thing}")));
    }

    private static void assertInterned(String... names) {
        for (String name : names) {
            assertThat(name == name.intern()).as(name).isTrue();
        }
    }

    private static long lineOf(String file, String text) {
        return file.substring(0, file.indexOf(text)).lines().count();
    }
}
