package vn.vientro.interchange.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vientro.identity.Staff;
import vn.vientro.testing.VientroIntegrationTest;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files shaped as real publishers write them (old, odd, mistaken; written for this test, see the folder's README),
 * each uploaded over the API as the focal point and followed to its end: no answer of the server is a 5xx (upload,
 * the job's API, the job's page), and each ends as stated: read with so many activities and so many refused by the
 * schema, or refused as a whole with the message that says why.
 */
@VientroIntegrationTest
class PublisherFilesIntegrationTests {

    private static final String FOLDER = "/vn/vientro/interchange/importing/publishers/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    /** What a file is expected to end as: READ with its counts (and refused identifiers), or FAILED with a key. */
    record Expected(String status, int activities, List<String> refused, String failureKey, String words,
                    String version, String versionNote, String stopKey, long stopLine) {

        /** Read as 2.03 without a note on its version, the refused activities by identifier. */
        static Expected read(int activities, String... refused) {
            return new Expected("READ", activities, List.of(refused), "", "", "2.03", "", "", 0);
        }

        static Expected failed(String failureKey, String words) {
            return new Expected("FAILED", 0, List.of(), failureKey, words, "", "", "", 0);
        }

        /** Read as this version, with this note on it ({@code ""} for none). */
        Expected as(String version, String versionNote) {
            return new Expected(status, activities, refused, failureKey, words, version, versionNote, stopKey,
                    stopLine);
        }

        /** Read up to a line where the file could no longer be read, for the reason the key says. */
        Expected stoppedAt(long line, String key) {
            return new Expected(status, activities, refused, failureKey, words, version, versionNote, key, line);
        }

        @Override
        public String toString() {
            return "READ".equals(status) ? "READ " + activities + " (" + refused.size() + " refused)"
                    : "FAILED " + failureKey;
        }
    }

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("v105-old-publisher.xml", Expected.failed("interchange.import.file.version1",
                        "The file is in IATI version 1.05: version 1.0x is no longer supported")),
                Arguments.of("v104-version-on-activities-only.xml", Expected.failed(
                        "interchange.import.file.version1",
                        "The file is in IATI version 1.04: version 1.0x is no longer supported")),
                Arguments.of("v201-habits.xml", Expected.read(2).as("2.01", "")),
                Arguments.of("extension-namespaces-akvo.xml", Expected.read(2)),
                Arguments.of("extension-namespaces-usg.xml", Expected.read(1)),
                Arguments.of("dates-odd-forms.xml", Expected.read(5, "XM-DATES-4", "XM-DATES-5")),
                Arguments.of("generated-datetime-with-a-space.xml", Expected.read(2, "XM-SPACE-1", "XM-SPACE-2")),
                Arguments.of("narratives-cdata-entities-languages.xml", Expected.read(2)),
                Arguments.of("utf8-bom-crlf-comments.xml", Expected.read(3)),
                Arguments.of("utf16le-bom.xml", Expected.read(2)),
                Arguments.of("version-missing.xml",
                        Expected.read(2).as("2.03", "interchange.import.version.missing")),
                Arguments.of("version-2.3.xml", Expected.read(2)),
                Arguments.of("version-v2.03.xml", Expected.read(2)),
                Arguments.of("version-2.02-on-activities-too.xml", Expected.read(2, "XM-V202-1", "XM-V202-2")
                        .as("2.02", "")),
                Arguments.of("schema-mistakes-mixed-with-valid.xml",
                        Expected.read(7, "XM-MIX-2", "XM-MIX-3", "XM-MIX-4", "XM-MIX-5", "XM-MIX-7")),
                Arguments.of("money-and-places-odd-values.xml", Expected.read(1)),
                Arguments.of("no-activities.xml", Expected.read(0)),
                Arguments.of("default-namespace-on-root.xml", Expected.read(1, "XM-NS-1")),
                Arguments.of("truncated-download.xml", Expected.read(2)
                        .stoppedAt(26, "interchange.import.stop.xml")),
                Arguments.of("windows-1252-bytes-declared-utf8.xml", Expected.read(1)
                        .stoppedAt(17, "interchange.import.stop.encoding")),
                Arguments.of("organisation-file-by-mistake.xml", Expected.failed(
                        "interchange.import.file.organisations", "This is an IATI organisation file")),
                Arguments.of("not-iati-registry-feed.xml", Expected.failed("interchange.import.file.notIati",
                        "its root element is rss, not iati-activities")),
                Arguments.of("not-xml-html-page.xml", Expected.failed("interchange.import.file.notIati",
                        "its root element is html, not iati-activities")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("files")
    void importsAPublishersFileWithoutAServerErrorAndAsStated(String name, Expected expected) throws Exception {
        byte[] file;
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(FOLDER + name), name)) {
            file = in.readAllBytes();
        }
        Finished finished = importOverTheApi(name, unique(file));
        JsonNode job = finished.answer().get("job");

        assertThat(job.get("status").asString()).as(finished.answer().toString()).isEqualTo(expected.status());
        if ("READ".equals(expected.status())) {
            assertThat(job.get("activities").asInt()).isEqualTo(expected.activities());
            assertThat(job.get("invalid").asInt()).isEqualTo(expected.refused().size());
            List<String> refused = new ArrayList<>();
            for (JsonNode row : finished.refused().get("activities")) {
                refused.add(row.get("identifier").asString());
                // each listed with its line and the schema's words at a line of its own
                assertThat(row.get("line").asLong()).isPositive();
                assertThat(row.get("errors")).isNotEmpty().allSatisfy(error -> {
                    assertThat(error.get("line").asLong()).isPositive();
                    assertThat(error.get("message").asString()).isNotBlank();
                });
            }
            assertThat(refused).containsExactlyElementsOf(expected.refused());
            assertThat(job.get("iatiVersion").asString()).isEqualTo(expected.version());
            assertThat(job.path("versionNote").asString("")).isEqualTo(expected.versionNote());
            assertThat(job.path("stopKey").asString("")).isEqualTo(expected.stopKey());
            assertThat(job.path("stopLine").asLong(0)).isEqualTo(expected.stopLine());
            int valid = expected.activities() - expected.refused().size();
            assertThat(finished.page()).contains(expected.activities() + " activities read: " + valid + " valid, "
                    + expected.refused().size() + " refused by the schema.");
            // the titles as the file gives them, in its encoding, references and sections resolved
            String text = text(file);
            for (JsonNode row : finished.answer().get("activities")) {
                if (row.get("valid").asBoolean()) {
                    String title = row.get("title").asString();
                    assertThat(title).isNotBlank().doesNotContain("&#", "&amp;", "CDATA", "\uFFFD");
                    if (!name.startsWith("narratives")) {
                        assertThat(text).contains(title);
                    } else if (row.get("position").asInt() == 1) {
                        assertThat(title).isEqualTo("Mother & child health in H\u00e0 Giang");
                    }
                }
            }
        } else {
            assertThat(job.get("failureKey").asString()).isEqualTo(expected.failureKey());
            assertThat(finished.page()).contains(expected.words());
        }
    }

    @Test
    void listsEachMistakeAtTheLineOfItsActivityAndTheLineTheSchemaNamed() throws Exception {
        String file = new String(resource("schema-mistakes-mixed-with-valid.xml"), StandardCharsets.UTF_8);
        Finished finished = importOverTheApi("mixed.xml", unique(file.getBytes(StandardCharsets.UTF_8)));
        for (JsonNode row : finished.refused().get("activities")) {
            String identifier = row.get("identifier").asString();
            String head = file.substring(0, file.indexOf("<iati-identifier>" + identifier + "<"));
            long line = head.substring(0, head.lastIndexOf("<iati-activity")).chars().filter(c -> c == '\n').count()
                    + 1;
            assertThat(row.get("line").asLong()).as(identifier).isEqualTo(line);
            assertThat(row.get("errors").get(0).get("line").asLong()).as(identifier).isBetween(line, line + 15);
        }
        assertThat(finished.page()).contains("7 activities read: 2 valid, 5 refused by the schema.");
    }

    @Test
    void readsAFileOfThreeThousandActivitiesOnOneLineWithOneBrokenInTheMiddle() throws Exception {
        // exporters that write no line breaks: every activity on the file's second line
        String file = ActivityStreamTests.activities(3000).replace("XM-", "XM-ONELINE-");
        String head = file.substring(0, file.indexOf('\n') + 1);
        file = head + file.substring(head.length()).replace("\n", "").replace("  ", "")
                .replace("<iati-identifier>XM-ONELINE-1500</iati-identifier>",
                        "<iati-identifier>XM-ONELINE-1500</iati-identifier><title/>");
        Finished finished = importOverTheApi("one-line.xml", unique(file.getBytes(StandardCharsets.UTF_8)));
        JsonNode job = finished.answer().get("job");
        assertThat(job.get("status").asString()).isEqualTo("READ");
        assertThat(job.get("activities").asInt()).isEqualTo(3000);
        assertThat(job.get("invalid").asInt()).isEqualTo(1);
        JsonNode broken = finished.refused().get("activities").get(0);
        assertThat(broken.get("identifier").asString()).isEqualTo("XM-ONELINE-1500");
        assertThat(broken.get("line").asLong()).isEqualTo(2);
    }

    /** The job's last answer, its refused activities and its page, once it no longer reads. */
    record Finished(JsonNode answer, JsonNode refused, String page) {
    }

    private Finished importOverTheApi(String name, byte[] file) throws Exception {
        HttpResponse<String> started = multipart(Staff.focalPoint().token(), name, file);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();
        Instant deadline = Instant.now().plusSeconds(120);
        JsonNode answer;
        do {
            Thread.sleep(100);
            answer = JSON.readTree(get(location));
            assertThat(Instant.now()).as(name + " still reading").isBefore(deadline);
        } while ("READING".equals(answer.get("job").get("status").asString()));
        JsonNode refused = JSON.readTree(get(location + "?refusedOnly=true&limit=1000"));
        WebClient focal = Staff.focalPoint().browser(port);
        HttpResponse<String> page = focal.get("/app/interchange/imports/" + answer.get("job").get("id").asLong()
                + "?lang=en");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return new Finished(answer, refused, org.jsoup.Jsoup.parse(page.body()).text());
    }

    private String get(String path) {
        HttpResponse<String> response = WebClient.api(port, "GET", path, Staff.focalPoint().token(), null);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    /** The file's text in its encoding (a UTF-16 file starts with its byte order mark). */
    private static String text(byte[] file) {
        return (file[0] & 0xFF) == 0xFF ? new String(file, 2, file.length - 2, StandardCharsets.UTF_16LE)
                : new String(file, StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(PublisherFilesIntegrationTests.class
                .getResourceAsStream(FOLDER + name), name)) {
            return in.readAllBytes();
        }
    }

    /**
     * The file with a comment of its own after its root, in its encoding: the same file twice at once is refused as
     * busy, and other tests' runs share the database.
     */
    static byte[] unique(byte[] file) {
        Charset charset = file.length > 1 && (file[0] & 0xFF) == 0xFF && (file[1] & 0xFF) == 0xFE
                ? StandardCharsets.UTF_16LE
                : file.length > 1 && (file[0] & 0xFF) == 0xFE && (file[1] & 0xFF) == 0xFF ? StandardCharsets.UTF_16BE
                : StandardCharsets.UTF_8;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(file);
        out.writeBytes(("<!-- " + UUID.randomUUID() + " -->").getBytes(charset));
        return out.toByteArray();
    }

    private HttpResponse<String> multipart(String apiToken, String name, byte[] file) throws Exception {
        String boundary = "----iati-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/xml\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + IatiImportApiController.PATH)).header("Authorization", "Bearer " + apiToken)
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
