import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The public portal under concurrent anonymous visitors (run by bench/portal.sh): each client asks for the given pages
 * in turn, first as a new visitor (the whole page each time), then as a returning one (If-None-Match, answered 304);
 * prints throughput and latency percentiles of each phase. Single-file program: java bench/PortalBench.java BASE PATH...
 */
public class PortalBench {

    static final int CLIENTS = Integer.getInteger("clients", 16);
    static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("warmUp", 10));
    static final Duration MEASURE = Duration.ofSeconds(Long.getLong("seconds", 20));

    public static void main(String[] args) throws Exception {
        String base = args[0];
        List<String> paths = List.of(args).subList(1, args.length);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, String> etags = new ConcurrentHashMap<>();
        for (String path : paths) {
            HttpResponse<String> page = http.send(request(base + path, null), HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + page.statusCode());
            }
            etags.put(path, page.headers().firstValue("ETag").orElse(""));
        }
        System.out.printf("Public portal, %d concurrent clients, pages %s; %d s warm-up, %d s measured per phase%n",
                CLIENTS, paths, WARM_UP.toSeconds(), MEASURE.toSeconds());
        run(http, base, paths, null, WARM_UP);
        report("new visitors (200, whole page)", run(http, base, paths, null, MEASURE));
        report("returning visitors (304)", run(http, base, paths, etags, MEASURE));
        System.out.println("target: >= 300 pages/s and p95 <= 30 ms");
    }

    record Result(List<Long> nanos, long errors, Duration took) {
    }

    static Result run(HttpClient http, String base, List<String> paths, Map<String, String> etags, Duration length)
            throws InterruptedException {
        List<Long> all = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        CountDownLatch done = new CountDownLatch(CLIENTS);
        long start = System.nanoTime();
        long end = start + length.toNanos();
        for (int c = 0; c < CLIENTS; c++) {
            int offset = c;
            Thread client = new Thread(() -> {
                List<Long> mine = new ArrayList<>();
                int i = offset;
                while (System.nanoTime() < end) {
                    String path = paths.get(i++ % paths.size());
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> answer = http.send(request(base + path,
                                etags == null ? null : etags.get(path)), HttpResponse.BodyHandlers.ofByteArray());
                        int expected = etags == null ? 200 : 304;
                        if (answer.statusCode() != expected) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    mine.add(System.nanoTime() - t0);
                }
                all.addAll(mine);
                done.countDown();
            });
            client.start();
        }
        done.await();
        return new Result(all, errors.get(), Duration.ofNanos(System.nanoTime() - start));
    }

    static HttpRequest request(String url, String etag) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET()
                .header("Accept", "text/html").timeout(Duration.ofSeconds(30));
        if (etag != null && !etag.isEmpty()) {
            request.header("If-None-Match", etag);
        }
        return request.build();
    }

    static void report(String phase, Result result) {
        List<Long> sorted = new ArrayList<>(result.nanos());
        Collections.sort(sorted);
        double seconds = result.took().toNanos() / 1e9;
        System.out.printf("  %-32s %7d requests  %7.1f pages/s  p50 %6.1f  p95 %6.1f  p99 %6.1f ms  errors %d%n",
                phase, sorted.size(), sorted.size() / seconds, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
                result.errors());
    }

    static double ms(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }
}
