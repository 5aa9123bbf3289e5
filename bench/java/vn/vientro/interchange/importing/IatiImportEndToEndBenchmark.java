package vn.vientro.interchange.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vientro.aid.AidBenchmarkData;
import vn.vientro.identity.SystemAuthentication;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An IATI activity file imported end to end at national scale (100,000 aid items): the upload (spooled and hashed),
 * the background reading (parse, schema check, facts, mapping, rows stored), the matching of every valid activity
 * against the items (by IATI identifier, else by title), then the merge preview (its page over HTTP and the API's
 * answer), each phase timed, beside a bare Woodstox parse of the same file in the same run. The file (50 MB unless
 * {@code -Dbench.megabytes}) has a tenth of its activities matching items by identifier, a tenth by title, the rest
 * unmatched. Files within the upload limit (100 MB) go through the API as a focal point sends them
 * ({@code demo-focal}); a larger one cannot, so it is spooled and hashed as the upload does and read by the same
 * background runner. The job is followed over the API as a client does; whether each activity was matched as the file
 * was made is checked. Run: {@code bench/iati-import-e2e.sh}.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vientro.data-dir=${bench.data-dir:target/bench-data/${random.uuid}}",
                "logging.level.vientro.request=warn"})
@ActiveProfiles("demo")
class IatiImportEndToEndBenchmark {

    private static final Path OUT = Path.of("target/iati-import-e2e-benchmark.txt");
    private static final int MEGABYTES = Integer.getInteger("bench.megabytes", 50);
    /** The matching is stopped after this long and its rate extrapolated (0: never). */
    private static final long MATCH_NANOS = Long.getLong("bench.match-minutes", 10) <= 0 ? Long.MAX_VALUE
            : Long.getLong("bench.match-minutes", 10) * 60_000_000_000L;
    private static final String TOKEN = "demo-focal";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IatiImportJobs jobs;
    @Autowired
    IatiImportRunner runner;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> lines = new ArrayList<>();
    private long matchedShare = -1;

    /** An item of the national dataset an activity is made to match. */
    record Item(String code, String nameVi, String nameEn, LocalDate plannedStart, BigDecimal totalAmount,
                String totalCurrency) {
    }

    @Test
    void importsAFileEndToEnd() throws Exception {
        long start = System.nanoTime();
        if (jdbc.sql("select count(*) from aid.aid_item").query(Long.class).single() < 100_000) {
            new AidBenchmarkData(jdbc).loadNational();
        }
        long itemCount = jdbc.sql("select count(*) from aid.aid_item").query(Long.class).single();
        List<Item> items = jdbc.sql("""
                select code, name_vi, name_en, planned_start, total_amount, total_currency from aid.aid_item
                 where code like 'BV-%' order by id
                """).query(Item.class).list();
        double loadSeconds = (System.nanoTime() - start) / 1e9;

        Path file = generate(MEGABYTES, items);
        double size = Files.size(file) / 1e6;
        int identified = identify(file, items);
        jdbc.sql("analyze aid.aid_item").update();
        line("IATI import end to end: %.1f MB file, %,d aid items (%,d given the file's identifiers; data ready in "
                + "%.0f s), %d cores, max heap %,d MB", size, itemCount, identified, loadSeconds,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        line("load before: %s", load());

        // the bare parse, warmed up, best of three
        for (int i = 0; i < 2; i++) {
            IatiImportBenchmark.bare(file);
        }
        double bare = Double.MAX_VALUE;
        long events = 0;
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            events = IatiImportBenchmark.bare(file);
            bare = Math.min(bare, (System.nanoTime() - t) / 1e9);
        }
        line("bare StAX parse (Woodstox, best of 3): %.1f MB/s (%.2f s, %,d events)", size / bare, bare, events);

        // the application's own live heap, before the import
        System.gc();
        long baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        // the import, as a user runs it
        String loadAtStart = load();
        long cpu0 = IatiImportBenchmark.processCpu();
        long t0 = System.nanoTime();
        long id = upload(file);
        long t1 = System.nanoTime();
        long cpu1 = IatiImportBenchmark.processCpu();
        String loadAfterUpload = load();
        long gcNanos = 0;
        long live = 0;
        int nextSample = 1;
        long t2 = 0;
        long cpu2 = 0;
        String loadAfterReading = null;
        long updatesAtMatchStart = 0;
        long matchingLive = 0;
        JsonNode job;
        while (true) {
            job = get("/api/v1/iati/imports/" + id + "?limit=1").path("job");
            String status = job.path("status").asString();
            long read = job.path("readBytes").asLong();
            long total = job.path("totalBytes").asLong();
            if (t2 == 0 && (read >= total || !"READING".equals(status))) {
                t2 = System.nanoTime();
                cpu2 = IatiImportBenchmark.processCpu();
                loadAfterReading = load();
                updatesAtMatchStart = updates();
            }
            // heap live after a collection at ten points of the read, as IatiImportBenchmark measures it; the
            // collections' pauses are taken out of the reading's time
            if (t2 == 0 && total > 0 && read * 10 >= nextSample * total) {
                long g = System.nanoTime();
                System.gc();
                live = Math.max(live, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                gcNanos += System.nanoTime() - g;
                nextSample = (int) (read * 10 / total) + 1;
            }
            // and once while matching, the index of the items' names held
            if (t2 != 0 && matchingLive == 0 && System.nanoTime() - t2 > 2_000_000_000L) {
                System.gc();
                matchingLive = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            }
            if (!"READING".equals(status)) {
                break;
            }
            if (t2 != 0 && System.nanoTime() - t2 > MATCH_NANOS) {
                // the matching's rate is known: stop it (its queries cancelled, the job fails) and open the preview
                // of what it matched, the job marked read by hand
                long matched = updates() - updatesAtMatchStart;
                matchedShare = matched;
                line("matching CUT SHORT after %.0f s (-Dbench.match-minutes): %,d of %,d valid activities matched, "
                        + "%.0f ms each: all of them would take about %.0f s", (System.nanoTime() - t2) / 1e9,
                        matched, job.path("activities").asLong() - job.path("invalid").asLong(),
                        (System.nanoTime() - t2) / 1e6 / Math.max(1, matched),
                        (System.nanoTime() - t2) / 1e9 / Math.max(1, matched)
                                * (job.path("activities").asLong() - job.path("invalid").asLong()));
                for (int i = 0; i < 600 && "READING".equals(jobs.find(id).orElseThrow().status()); i++) {
                    jdbc.sql("select pg_cancel_backend(pid) from pg_stat_activity where pid <> pg_backend_pid() "
                            + "and query like '%interchange.import_activity%'").query(Boolean.class).list();
                    Thread.sleep(100);
                }
                jdbc.sql("update interchange.import_job set status = 'READ', failure_key = null, read_bytes = "
                        + "total_bytes where id = :id").param("id", id).update();
                job = get("/api/v1/iati/imports/" + id + "?limit=1").path("job");
                break;
            }
            Thread.sleep(200);
        }
        long t3 = System.nanoTime();
        long cpu3 = IatiImportBenchmark.processCpu();
        String loadAfterMatching = load();
        String status = job.path("status").asString();
        int activities = job.path("activities").asInt();
        int invalid = job.path("invalid").asInt();
        var kinds = jdbc.sql("""
                select coalesce(match_kind, 'NONE') as kind, count(*) from interchange.import_activity
                 where job = :id group by 1 order by 1
                """).param("id", id).query((rs, n) -> rs.getString(1) + " " + rs.getLong(2)).list();
        long wrong = wrongMatches(id, items);

        // the preview: the job's page (the first page of the merge preview, the cross-check) and the API's answer
        WebClient browser = WebClient.signedIn(port, "focal");
        long p0 = System.nanoTime();
        HttpResponse<String> page = browser.get(IatiImportController.PATH + "/" + id);
        long p1 = System.nanoTime();
        HttpResponse<String> api = http.send(request("/api/v1/iati/imports/" + id + "?limit=100").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        long p2 = System.nanoTime();
        double pageAgain = Double.MAX_VALUE;
        double apiAgain = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long a = System.nanoTime();
            browser.get(IatiImportController.PATH + "/" + id);
            long b = System.nanoTime();
            http.send(request("/api/v1/iati/imports/" + id + "?limit=100").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            pageAgain = Math.min(pageAgain, (b - a) / 1e9);
            apiAgain = Math.min(apiAgain, (System.nanoTime() - b) / 1e9);
        }
        int previews = JSON.readTree(api.body()).path("preview").size();
        String loadAtEnd = load();

        double upload = (t1 - t0) / 1e9;
        double reading = (t2 - t1 - gcNanos) / 1e9;
        double matching = (t3 - t2) / 1e9;
        double preview = (p1 - p0) / 1e9;

        line("import: %s, %,d activities (%,d refused by the schema); matches: %s; %s", status, activities, invalid,
                String.join(", ", kinds), wrong == 0 ? "every one as the file was made" : wrong + " NOT as made");
        line("  upload (%s):    %6.1f s  %7.1f MB/s  JVM CPU %.1f ms/MB", size * 1e6 <= IatiImports.MAX_BYTES
                ? "multipart over the API, spooled and hashed" : "over the upload limit: spooled and hashed in-process",
                upload, size / upload, (cpu1 - cpu0) / 1e6 / size);
        line("  reading (parse, schema, facts, map, rows stored): %6.1f s  %7.1f MB/s (%.0f %% of bare)  JVM CPU %.1f "
                + "ms/MB  (%.1f s of collections for the heap samples left out)", reading, size / reading,
                100 * bare / reading, (cpu2 - cpu1) / 1e6 / size, gcNanos / 1e9);
        long matchedCount = matchedShare >= 0 ? matchedShare : activities - invalid;
        line("  matching against %,d items%s:  %6.1f s  %7.4f MB/s  %.1f ms per valid activity  JVM CPU %.1f ms/MB "
                + "(the items compared in memory on every core)", itemCount, matchedShare >= 0 ? " (CUT SHORT: rate of the "
                + matchedCount + " matched, extrapolated to the file)" : "",
                matching * (activities - invalid) / Math.max(1, matchedCount),
                size / (matching * (activities - invalid) / Math.max(1, matchedCount)),
                1000 * matching / Math.max(1, matchedCount), (cpu3 - cpu2) / 1e6 / size);
        matching = matching * (activities - invalid) / Math.max(1, matchedCount);
        double whole = upload + reading + matching + preview;
        line("  preview, the job's page (20 activities, cross-check) over HTTP: first %.0f ms (status %d, %,d chars), "
                + "then best %.0f ms", preview * 1000, page.statusCode(), page.body().length(), pageAgain * 1000);
        line("  preview, the API's answer (100 activities, %d previews): first %.0f ms (status %d), then best %.0f ms",
                previews, (p2 - p1) / 1e6, api.statusCode(), apiAgain * 1000);
        line("  end to end (upload + reading + matching + first page): %.1f s, %.4f MB/s (%.2f %% of bare); "
                + "parse+validate+map+store alone %.1f MB/s", whole, size / whole, 100 * bare / whole,
                size / reading);
        line("  heap live after a collection at ten points of the read: at most %,d MB (the application's own before "
                + "the import: %,d MB)", live / (1024 * 1024), baseline / (1024 * 1024));
        line("  heap live after a collection 2 s into the matching (the items' name index held): %,d MB",
                matchingLive / (1024 * 1024));
        line("  load (1, 5, 15 min): start %s | after upload %s | after reading %s | after matching %s | end %s",
                loadAtStart, loadAfterUpload, loadAfterReading, loadAfterMatching, loadAtEnd);
        Files.delete(file);
        Files.createDirectories(OUT.getParent());
        Files.write(OUT, lines);
        assertThat(job.path("status").asString()).isEqualTo("READ");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(api.statusCode()).isEqualTo(200);
    }

    /** Uploads as a client does when the file is within the limit; else spools it as the upload does and reads it. */
    private long upload(Path file) throws Exception {
        if (Files.size(file) <= IatiImports.MAX_BYTES) {
            String boundary = "----bench-" + System.nanoTime();
            HttpResponse<String> response = http.send(request("/api/v1/iati/imports")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.concat(
                            HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; "
                                    + "name=\"file\"; filename=\"bench.xml\"\r\nContent-Type: application/xml\r\n\r\n"),
                            HttpRequest.BodyPublishers.ofFile(file),
                            HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
            return JSON.readTree(response.body()).path("id").asLong();
        }
        Path spool = Files.createTempFile("iati-import-", ".xml");
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file);
             OutputStream out = new DigestOutputStream(Files.newOutputStream(spool), digest)) {
            in.transferTo(out);
        }
        String hash = java.util.HexFormat.of().formatHex(digest.digest());
        long id = jobs.create("bench.xml", hash, Files.size(spool), "focal").orElseThrow();
        Thread reader = new Thread(() -> SystemAuthentication.asAdministrator("focal", () -> {
            runner.read(id, spool);
            return null;
        }), "iati-import-bench");
        reader.start();
        return id;
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + TOKEN).header("Accept", "application/json");
    }

    /**
     * The activities not matched as the file was made: by identifier to the item it names, by score to the item whose
     * names, start and amount it gives, the others to none.
     */
    private long wrongMatches(long job, List<Item> items) {
        return jdbc.sql("""
                select a.identifier, a.match_kind, i.code from interchange.import_activity a
                  left join aid.aid_item i on i.id = a.match_item
                 where a.job = :job
                """).param("job", job).query((rs, n) -> {
            String identifier = rs.getString(1);
            String kind = rs.getString(2);
            String code = rs.getString(3);
            if (identifier.startsWith("XM-BENCH-U-")) {
                return kind == null;
            }
            if (identifier.startsWith("XM-BENCH-T-")) {
                int i = Integer.parseInt(identifier.substring("XM-BENCH-T-".length()));
                return "SCORE".equals(kind) && items.get((i - 1) % items.size()).code().equals(code);
            }
            return "IDENTIFIER".equals(kind) && identifier.equals("XM-BENCH-" + code);
        }).list().stream().filter(right -> !right).count();
    }

    /** Gives the items the file names by identifier their IATI identifier (once: a kept dataset already has them). */
    private int identify(Path file, List<Item> items) {
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= activities; i++) {
            if (i % 10 == 0) {
                codes.add(items.get((i - 1) % items.size()).code());
            }
        }
        jdbc.sql("update aid.aid_item set iati_identifier = 'XM-BENCH-' || code where code = any(:codes) "
                + "and iati_identifier is null").param("codes", codes.toArray(String[]::new)).update();
        return codes.size();
    }

    private int activities;

    /**
     * About {@code megabytes} of IATI 2.03 activities: every tenth names an item by its IATI identifier, the one after
     * it gives an item's names, start and amount under an identifier of its own, the rest describe other work.
     */
    private Path generate(int megabytes, List<Item> items) throws IOException {
        Path file = Files.createTempFile("iati-e2e-", ".xml");
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\" "
                    + "generated-datetime=\"2026-12-07T05:00:00Z\">\n");
            long written = 0;
            int i = 1;
            for (; written < megabytes * 1_000_000L; i++) {
                String activity = activity(i, items.get((i - 1) % items.size()));
                out.write(activity);
                written += activity.getBytes(StandardCharsets.UTF_8).length;
            }
            activities = i - 1;
            out.write("</iati-activities>\n");
        }
        return file;
    }

    private static String activity(int i, Item item) {
        String identifier;
        String titleEn;
        String titleVi;
        String start = "2027-01-01";
        String amount = Integer.toString(1000 + i);
        String currency = "USD";
        if (i % 10 == 0) {
            identifier = "XM-BENCH-" + item.code();
            titleEn = item.nameEn();
            titleVi = item.nameVi();
        } else if (i % 10 == 1) {
            identifier = "XM-BENCH-T-" + i;
            titleEn = item.nameEn();
            titleVi = item.nameVi();
            start = item.plannedStart().toString();
            amount = item.totalAmount().toPlainString();
            currency = item.totalCurrency().strip();
        } else {
            identifier = "XM-BENCH-U-" + i;
            titleEn = "Clean water and sanitation for schools, batch " + i;
            titleVi = "N\u01b0\u1edbc s\u1ea1ch cho tr\u01b0\u1eddng h\u1ecdc " + i;
        }
        return " <iati-activity last-updated-datetime=\"2026-12-01T00:00:00Z\" xml:lang=\"en\" default-currency=\""
                + currency + "\">\n"
                + "  <iati-identifier>" + identifier + "</iati-identifier>\n"
                + "  <reporting-org ref=\"XM-BENCH\" type=\"21\"><narrative>Bench Publisher</narrative></reporting-org>\n"
                + "  <title><narrative>" + titleEn + "</narrative>"
                + "<narrative xml:lang=\"vi\">" + titleVi + "</narrative></title>\n"
                + "  <description type=\"1\"><narrative>Wells, latrines and hygiene training in the commune's "
                + "primary schools, with the parents' associations keeping them up.</narrative></description>\n"
                + "  <participating-org role=\"1\" ref=\"XM-BENCH\" type=\"21\"><narrative>Bench Publisher</narrative>"
                + "</participating-org>\n"
                + "  <participating-org role=\"4\" type=\"22\"><narrative>Implementer</narrative></participating-org>\n"
                + "  <activity-status code=\"2\"/>\n"
                + "  <activity-date type=\"1\" iso-date=\"" + start + "\"/>\n"
                + "  <activity-date type=\"3\" iso-date=\"2027-12-31\"/>\n"
                + "  <recipient-country code=\"VN\" percentage=\"100\"/>\n"
                + "  <sector code=\"11110\" vocabulary=\"1\" percentage=\"100\"/>\n"
                + "  <default-aid-type code=\"C01\"/>\n"
                + "  <budget type=\"1\" status=\"1\"><period-start iso-date=\"2027-01-01\"/>"
                + "<period-end iso-date=\"2027-12-31\"/><value currency=\"" + currency
                + "\" value-date=\"2027-01-01\">" + amount + "</value></budget>\n"
                + "  <transaction><transaction-type code=\"2\"/><transaction-date iso-date=\"2027-01-05\"/>"
                + "<value value-date=\"2027-01-05\">" + (1000 + i) + "</value></transaction>\n"
                + " </iati-activity>\n";
    }

    /** Rows of the activities' table updated so far (the matching writes each valid activity's match once). */
    private long updates() {
        return jdbc.sql("select n_tup_upd from pg_stat_user_tables where schemaname = 'interchange' "
                + "and relname = 'import_activity'").query(Long.class).single();
    }

    private static String load() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private void line(String format, Object... arguments) {
        String line = String.format(Locale.ROOT, format, arguments);
        lines.add(line);
        System.out.println(line);
    }
}
