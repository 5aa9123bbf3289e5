package vn.vientro.reporting.map;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.vientro.platform.VientroProperties;

/**
 * The boundaries the map draws, read and projected once at start-up (beside the rest of the start) from the files
 * under {@code reporting/geo/} (their source, licence and processing in {@code SOURCE.md} there): the communes of the
 * deployment's province and the 34 provinces of the country, the latter with the Hoàng Sa and Trường Sa archipelagos,
 * which the law on survey and mapping requires on every map of the whole country.
 */
@Component
class Boundaries implements SmartInitializingSingleton {

    /** Of the drawings, in viewBox units; the page scales them to its width. */
    private static final double PROVINCE_WIDTH = 640;
    private static final double COUNTRY_WIDTH = 360;
    /**
     * Simplification, in degrees: about half a unit of each drawing (a province spans 1 to 3 degrees over 640 units,
     * the country 16 over 360), less than a screen pixel at the size the page shows them.
     */
    private static final double PROVINCE_TOLERANCE = 0.001;
    private static final double COUNTRY_TOLERANCE = 0.02;
    /**
     * The archipelagos lie east of 110°E, where no part of the mainland or its coastal islands does (the easternmost
     * mainland point, Mũi Đôi, is at 109.46°E); north of 13°N it is Hoàng Sa, south of it Trường Sa.
     */
    private static final double OFFSHORE_LONGITUDE = 110;
    private static final double ARCHIPELAGO_DIVIDE = 13;

    private final String provinceCode;
    /** Decoded on a thread of its own while the rest of the application starts (1-2 % of the main thread's start). */
    private final CompletableFuture<Drawings> drawings;

    Boundaries(VientroProperties properties) {
        this.provinceCode = properties.provinceCode();
        this.drawings = new CompletableFuture<>();
        Thread decoder = new Thread(() -> {
            try {
                drawings.complete(Drawings.read(provinceCode));
            } catch (RuntimeException | Error e) {
                drawings.completeExceptionally(e);
            }
        }, "boundaries-decode");
        decoder.setDaemon(true);
        decoder.start();
    }

    /**
     * Waits for the decoding once every bean is made, so the application is started (and its health UP) only with its
     * maps ready, and a broken file still stops the start instead of the first map page.
     */
    @Override
    public void afterSingletonsInstantiated() {
        drawings();
    }

    private Drawings drawings() {
        try {
            return drawings.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** The three drawings, made from the bundled files. */
    private record Drawings(SvgMap communes, SvgMap country, List<Archipelago> archipelagos) {

        static Drawings read(String provinceCode) {
            List<TopoJson.Feature> provinces = Boundaries.read("reporting/geo/provinces-2025.topojson", "provinces",
                    COUNTRY_TOLERANCE);
            SvgMap country = SvgMap.of(provinces, COUNTRY_WIDTH);
            ClassPathResource communeFile = new ClassPathResource("reporting/geo/communes-2025/" + provinceCode
                    + ".topojson");
            // only the deployment's province's file ships (SOURCE.md says how to add another)
            SvgMap communes = SvgMap.of(communeFile.exists()
                    ? Boundaries.read(communeFile.getPath(), "communes", PROVINCE_TOLERANCE) : List.of(),
                    PROVINCE_WIDTH);
            return new Drawings(communes, country, Boundaries.archipelagos(provinces, country.frame()));
        }
    }

    /** The province's communes, by code. */
    SvgMap communes() {
        return drawings().communes();
    }

    Map<String, SvgMap.Shape> communesByCode() {
        return communes().shapes().stream().collect(Collectors.toMap(SvgMap.Shape::code, Function.identity()));
    }

    /** The 34 provinces. */
    SvgMap country() {
        return drawings().country();
    }

    String provinceCode() {
        return provinceCode;
    }

    /** Hoàng Sa and Trường Sa as drawn on the country map: a frame around their islands and where their name goes. */
    List<Archipelago> archipelagos() {
        return drawings().archipelagos();
    }

    private static List<Archipelago> archipelagos(List<TopoJson.Feature> provinces, SvgMap.Frame frame) {
        List<List<double[]>> north = new ArrayList<>();
        List<List<double[]>> south = new ArrayList<>();
        for (TopoJson.Feature province : provinces) {
            for (List<List<double[]>> polygon : province.polygons()) {
                double[] first = polygon.get(0).get(0);
                if (first[0] > OFFSHORE_LONGITUDE) {
                    (first[1] > ARCHIPELAGO_DIVIDE ? north : south).add(polygon.get(0));
                }
            }
        }
        List<Archipelago> result = new ArrayList<>();
        if (!north.isEmpty()) {
            result.add(frame(north, "reporting.map.hoangSa", false, frame));
        }
        if (!south.isEmpty()) {
            result.add(frame(south, "reporting.map.truongSa", true, frame));
        }
        return List.copyOf(result);
    }

    private static Archipelago frame(List<List<double[]>> islands, String key, boolean nameAbove,
                                     SvgMap.Frame frame) {
        List<double[]> points = islands.stream().flatMap(List::stream).toList();
        List<Archipelago.Islet> islets = islands.stream()
                .map(ring -> new Archipelago.Islet(
                        SvgMap.number(frame.x(ring.stream().mapToDouble(p -> p[0]).average().orElseThrow())),
                        SvgMap.number(frame.y(ring.stream().mapToDouble(p -> p[1]).average().orElseThrow()))))
                .distinct().toList();
        double margin = 4;
        double west = points.stream().mapToDouble(p -> frame.x(p[0])).min().orElseThrow() - margin;
        double east = points.stream().mapToDouble(p -> frame.x(p[0])).max().orElseThrow() + margin;
        double top = points.stream().mapToDouble(p -> frame.y(p[1])).min().orElseThrow() - margin;
        double bottom = points.stream().mapToDouble(p -> frame.y(p[1])).max().orElseThrow() + margin;
        return new Archipelago(key, west, top, east - west, bottom - top, nameAbove, islets);
    }

    private static List<TopoJson.Feature> read(String path, String object, double tolerance) {
        try {
            return TopoJson.features(new ClassPathResource(path).getInputStream(), object, tolerance);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
