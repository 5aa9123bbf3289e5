package vn.vientro.registry.importing;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.vientro.testing.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives the import pages as a browser would: upload, follow the job until it stops running, confirm. */
final class ImportPages {

    static final String IMPORT = "/app/registry/organisations/import";
    private static final Map<String, String> HTMX = Map.of("HX-Request", "true");

    private final WebClient client;

    ImportPages(WebClient client) {
        this.client = client;
    }

    WebClient client() {
        return client;
    }

    HttpResponse<String> upload(String fileName, byte[] content) {
        client.get(IMPORT);
        return client.postFile(IMPORT, "file", fileName, "application/octet-stream", content);
    }

    /** Uploads a file that must be accepted and returns the job once its check has finished. */
    long uploadAndCheck(String fileName, byte[] content) {
        HttpResponse<String> response = upload(fileName, content);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String location = WebClient.location(response);
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(awaitJob(id).attr("data-status")).isEqualTo("CHECKED");
        return id;
    }

    /** Confirms a checked job and waits until the import has finished. */
    Element importRows(long id) {
        client.get(IMPORT + "/" + id);
        HttpResponse<String> response = client.post(IMPORT + "/" + id + "/confirm", Map.of());
        assertThat(response.statusCode()).isEqualTo(302);
        Element job = awaitJob(id);
        assertThat(job.attr("data-status")).as(job.text()).isEqualTo("DONE");
        return job;
    }

    /** Polls the job fragment as the page's htmx does, until the job no longer runs. */
    Element awaitJob(long id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            Element job = fragment(id);
            if (!List.of("CHECKING", "IMPORTING").contains(job.attr("data-status"))) {
                return job;
            }
            assertThat(Instant.now()).as("job " + id + " still running").isBefore(deadline);
            sleep();
        }
    }

    Element fragment(long id) {
        HttpResponse<String> response = client.get(IMPORT + "/" + id, HTMX);
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parseBodyFragment(response.body()).getElementById("import-job");
    }

    Document page(long id) {
        return Jsoup.parse(client.get(IMPORT + "/" + id).body());
    }

    /** The report table as (row, column, message) triples. */
    static List<List<String>> report(Element job) {
        return job.select("tbody tr").stream().map(tr -> List.of(tr.child(0).text(), tr.child(1).text(),
                tr.child(3).text())).toList();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
