package vn.vientro.interchange.importing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The pipeline parses on a thread of its own and hands the activities to the caller's thread: the import writes them
 * in its own transactions there, so they must arrive on that thread, in file order, and a caller that fails must not
 * leave the parser running.
 */
class ActivityPipelineTests {

    private static final int ACTIVITIES = 10 * ActivityPipeline.IN_FLIGHT + 3;

    @Test
    void everyActivityReachesTheCallersThreadInFileOrder() {
        Thread caller = Thread.currentThread();
        List<Integer> positions = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        ActivityStream.Result result = ActivityPipeline.read(file(ACTIVITIES), activity -> {
            positions.add(activity.position());
            threads.add(Thread.currentThread());
        });
        assertThat(result.stop()).isNull();
        assertThat(positions).hasSize(ACTIVITIES).isSorted().startsWith(1).endsWith(ACTIVITIES);
        assertThat(threads).containsOnly(caller);
    }

    @Test
    void aCallerThatFailsStopsTheParser() throws Exception {
        IllegalStateException refused = new IllegalStateException("the job is gone");
        List<Integer> seen = new ArrayList<>();
        assertThatThrownBy(() -> ActivityPipeline.read(file(ACTIVITIES), activity -> {
            seen.add(activity.position());
            if (seen.size() == 20) {
                throw refused;
            }
        })).isSameAs(refused);
        assertThat(seen).hasSize(20);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (parsersAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(parsersAlive()).as("a parsing thread is left running").isFalse();
    }

    private static boolean parsersAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.isAlive() && "iati-read".equals(thread.getName()));
    }

    private static ByteArrayInputStream file(int activities) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<iati-activities version=\"2.03\" generated-datetime=\"2026-12-07T05:00:00Z\">\n");
        for (int i = 1; i <= activities; i++) {
            xml.append(" <iati-activity last-updated-datetime=\"2026-12-01T00:00:00Z\" default-currency=\"USD\">\n")
                    .append("  <iati-identifier>XM-DAC-1-").append(i).append("</iati-identifier>\n")
                    .append("  <reporting-org ref=\"XM-DAC-1\" type=\"21\"><narrative>Donor</narrative></reporting-org>\n")
                    .append("  <title><narrative>Activity ").append(i).append("</narrative></title>\n")
                    .append(" </iati-activity>\n");
        }
        xml.append("</iati-activities>\n");
        return new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8));
    }
}
