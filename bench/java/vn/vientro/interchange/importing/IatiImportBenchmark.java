package vn.vientro.interchange.importing;

import com.ctc.wstx.stax.WstxInputFactory;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.vientro.registry.OrganisationKind;
import vn.vientro.registry.OrganisationRef;
import vn.vientro.registry.OrganisationStatus;

/**
 * Reading speed of the IATI import beside a bare StAX parse of the same file in the same run, for a 5 MB and a 50 MB
 * generated file: MB/s of each (the best of several interleaved rounds, and the worst round's ratio), the heap's peak
 * (which follows the collector's sizing more than the import), and the heap still live after a collection at ten points
 * of the read (which should stay flat with the file's size). Matching against aid items and the preview need the
 * database and are not in these figures.
 */
@Tag("bench")
class IatiImportBenchmark {

    private static final Path OUT = Path.of("target/iati-import-benchmark.txt");

    /** Measured rounds per size (at least), each timing every path once, interleaved: the best of each is kept. */
    private static final int ROUNDS = 5;

    @Test
    void readsAsFastAsHalfABareParse() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("IATI import reading, %d cores, max heap %,d MB; best of at least %d interleaved rounds "
                        + "after warm-up on 100 MB (the machine is shared: the best round is the least disturbed one)",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                ROUNDS));
        for (int megabytes : new int[] {5, 50}) {
            Path file = generate(megabytes);
            double size = Files.size(file) / 1e6;
            // warm-up by volume (the compilers need the same work whatever the file's size), then more rounds for the
            // smaller file, whose passes are short enough for one preemption to spoil them
            int warmUps = Math.max(2, 100 / megabytes);
            int rounds = Math.max(ROUNDS, 50 / megabytes);
            for (int warm = 0; warm < warmUps; warm++) {
                bare(file);
                full(file, null);
                stage(file, 0);
                stage(file, 1);
            }
            double bare = Double.MAX_VALUE;
            double full = Double.MAX_VALUE;
            double[] stages = {Double.MAX_VALUE, Double.MAX_VALUE};
            double worstRatio = Double.MAX_VALUE;
            long events = 0;
            int activities = 0;
            long peak = 0;
            double bareCpu = Double.MAX_VALUE;
            double fullCpu = Double.MAX_VALUE;
            for (int round = 0; round < rounds; round++) {
                System.gc();
                long cpu = processCpu();
                long start = System.nanoTime();
                events = bare(file);
                double bareSeconds = (System.nanoTime() - start) / 1e9;
                bareCpu = Math.min(bareCpu, (processCpu() - cpu) / 1e9);
                System.gc();
                resetPeaks();
                cpu = processCpu();
                start = System.nanoTime();
                activities = full(file, null);
                double fullSeconds = (System.nanoTime() - start) / 1e9;
                fullCpu = Math.min(fullCpu, (processCpu() - cpu) / 1e9);
                peak = Math.max(peak, heapPeak());
                bare = Math.min(bare, bareSeconds);
                full = Math.min(full, fullSeconds);
                worstRatio = Math.min(worstRatio, bareSeconds / fullSeconds);
                for (int stage = 0; stage < 2; stage++) {
                    start = System.nanoTime();
                    stage(file, stage);
                    stages[stage] = Math.min(stages[stage], (System.nanoTime() - start) / 1e9);
                }
            }
            long[] retained = {0};
            int every = Math.max(1, activities / 10);
            full(file, count -> {
                if (count % every == 0) {
                    System.gc();
                    retained[0] = Math.max(retained[0], ManagementFactory.getMemoryMXBean().getHeapMemoryUsage()
                            .getUsed());
                }
            });
            lines.add(String.format("%5.1f MB, %,d activities: bare StAX %.1f MB/s (%,d events); "
                            + "parse+validate+map %.1f MB/s (%.0f %% of bare; worst round %.0f %%); heap: peak %,d MB, "
                            + "live after GC while reading at most %,d MB; stages: parse + record %.1f MB/s, "
                            + "+ schema + facts on the same thread %.1f MB/s; CPU time of the process (all threads): "
                            + "bare %.1f ms/MB, parse+validate+map %.1f ms/MB", size, activities, size / bare, events,
                    size / full, 100 * bare / full, 100 * worstRatio, peak / (1024 * 1024),
                    retained[0] / (1024 * 1024), size / stages[0], size / stages[1], 1000 * bareCpu / size,
                    1000 * fullCpu / size));
            Files.delete(file);
        }
        Files.createDirectories(OUT.getParent());
        Files.write(OUT, lines);
        lines.forEach(System.out::println);
    }

    /** A bare Woodstox parse of the file: every event read, nothing asked of it; the events counted. */
    static long bare(Path file) throws IOException, XMLStreamException {
        XMLInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        long events = 0;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            while (reader.hasNext()) {
                reader.next();
                events++;
            }
        }
        return events;
    }

    /** Parse, validate, facts, mapping, as the import reads; {@code each} (if any) hears the count so far. */
    private static int full(Path file, java.util.function.@org.jspecify.annotations.Nullable IntConsumer each)
            throws IOException {
        ActivityMapping mapping = new ActivityMapping((list, code) -> Set.of("USD", "11110", "C01").contains(code),
            place -> java.util.Optional.empty());
        KnownOrganisations registry = new KnownOrganisations(List.of(new OrganisationRef(1, "Donor", null,
                OrganisationKind.FOREIGN_NGO, OrganisationStatus.ACTIVE, "GB", "XM-DAC-1", false)));
        int[] count = {0};
        try (InputStream in = Files.newInputStream(file)) {
            // as the import reads: checked on worker threads beside the reader, then mapped
            ActivityPipeline.read(in, activity -> {
                mapping.map(activity.facts(), registry);
                count[0]++;
                if (each != null) {
                    each.accept(count[0]);
                }
            });
        }
        return count[0];
    }

    /**
     * The parse recording each activity's events (0), and checking them on the reading thread, no workers, in batches
     * as the workers do (1).
     */
    private static void stage(Path file, int stage) throws IOException {
        ActivitySchema schema = new ActivitySchema();
        List<RecordedActivity> batch = new ArrayList<>();
        FileHeader[] last = {null};
        try (InputStream in = Files.newInputStream(file)) {
            ActivityStream.read(in, (header, events) -> {
                if (stage >= 1) {
                    last[0] = header;
                    batch.add(events);
                    if (batch.size() == ActivityPipeline.BATCH) {
                        ActivityPipeline.check(schema, header, batch);
                        batch.clear();
                    }
                }
            });
        }
        if (!batch.isEmpty()) {
            ActivityPipeline.check(schema, last[0], batch);
        }
    }

    private static Path generate(int megabytes) throws IOException {
        Path file = Files.createTempFile("iati-bench-", ".xml");
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\" "
                    + "generated-datetime=\"2026-12-07T05:00:00Z\">\n");
            long written = 0;
            for (int i = 1; written < megabytes * 1_000_000L; i++) {
                String activity = SchemaPrecheckTests.benchmarkActivity(i);
                out.write(activity);
                written += activity.length();
            }
            out.write("</iati-activities>\n");
        }
        return file;
    }

    /** CPU time of the whole process (every thread: reader, workers, collector), in nanoseconds. */
    static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
