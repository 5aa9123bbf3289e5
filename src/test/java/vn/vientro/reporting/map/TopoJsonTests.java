package vn.vientro.reporting.map;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The TopoJSON decoder against a hand-made topology and against the province's boundary file. */
class TopoJsonTests {

    /**
     * A 1° square at 100°E 10°N made of two arcs in quantized, delta-encoded units (0.5° by 0.25° a unit): one feature
     * walks the arcs forwards, the other (a multipolygon) backwards.
     */
    static final String SQUARE = """
            {"type": "Topology", "transform": {"scale": [0.5, 0.25], "translate": [100, 10]},
             "arcs": [[[0, 0], [2, 0], [0, 4]], [[2, 4], [-2, 0], [0, -4]]],
             "objects": {"shapes": {"type": "GeometryCollection", "geometries": [
               {"type": "Polygon", "id": "A", "properties": {"name": "Ô vuông", "code": "A"}, "arcs": [[0, 1]]},
               {"type": "MultiPolygon", "id": "B", "arcs": [[[-2, -1]]]},
               {"type": null, "id": "C"}]}}}
            """;

    @Test
    void decodesDeltaEncodedQuantizedArcsIntoClosedRings() {
        List<TopoJson.Feature> features = features(SQUARE);

        assertThat(features).extracting(TopoJson.Feature::id).containsExactly("A", "B");
        assertThat(features.get(0).property("name")).isEqualTo("Ô vuông");
        assertThat(features.get(0).polygons()).singleElement().satisfies(polygon -> assertThat(polygon)
                .singleElement().satisfies(ring -> assertThat(ring).containsExactly(new double[] {100, 10},
                        new double[] {101, 10}, new double[] {101, 11}, new double[] {100, 11},
                        new double[] {100, 10})));
    }

    @Test
    void walksANegativeArcIndexBackwards() {
        List<double[]> ring = features(SQUARE).get(1).polygons().get(0).get(0);

        assertThat(ring).containsExactly(new double[] {100, 10}, new double[] {100, 11}, new double[] {101, 11},
                new double[] {101, 10}, new double[] {100, 10});
    }

    @Test
    void readsTheProvincesCommunesWithTheirAreaAsPublished() throws Exception {
        List<TopoJson.Feature> communes = TopoJson.features(
                new ClassPathResource("reporting/geo/communes-2025/25.topojson").getInputStream(), "communes");

        assertThat(communes).hasSize(148);
        assertThat(communes).allSatisfy(commune -> {
            assertThat(commune.property("province")).isEqualTo("25");
            commune.polygons().forEach(polygon -> polygon.forEach(ring -> {
                assertThat(ring.get(0)).containsExactly(ring.get(ring.size() - 1));
                assertThat(ring).allSatisfy(point -> {
                    assertThat(point[0]).isBetween(104.5, 106.2);
                    assertThat(point[1]).isBetween(20.2, 22.8);
                });
            }));
        });
        // Phú Thọ after 1 July 2025 (Phú Thọ, Vĩnh Phúc and Hoà Bình merged): 9,361.4 km² (Resolution 202/2025/QH15)
        double area = communes.stream().mapToDouble(TopoJsonTests::squareKilometres).sum();
        assertThat(area).isCloseTo(9361.4, within(9361.4 * 0.01));
    }

    @Test
    void theCountryHasItsThirtyFourProvincesAndBothArchipelagos() throws Exception {
        List<TopoJson.Feature> provinces = TopoJson.features(
                new ClassPathResource("reporting/geo/provinces-2025.topojson").getInputStream(), "provinces");

        assertThat(provinces).hasSize(34);
        assertThat(provinces.stream().flatMap(p -> p.polygons().stream()).flatMap(List::stream)
                .flatMap(List::stream).mapToDouble(point -> point[0]).max().orElseThrow())
                .as("Trường Sa reaches 117.8°E").isGreaterThan(117.5);
    }

    /** Outer rings minus holes, on the sphere. */
    private static double squareKilometres(TopoJson.Feature feature) {
        double total = 0;
        for (List<List<double[]>> polygon : feature.polygons()) {
            for (int r = 0; r < polygon.size(); r++) {
                double area = Math.abs(planar(polygon.get(r)));
                total += r == 0 ? area : -area;
            }
        }
        return total;
    }

    /** The area of a ring on the sphere (the formula of Chamberlain and Duquette, 2007, as d3-geo and turf use). */
    private static double planar(List<double[]> ring) {
        double radius = 6371.0088;
        double sum = 0;
        for (int n = 0; n + 1 < ring.size(); n++) {
            double[] a = ring.get(n);
            double[] b = ring.get(n + 1);
            sum += Math.toRadians(b[0] - a[0])
                    * (2 + Math.sin(Math.toRadians(a[1])) + Math.sin(Math.toRadians(b[1])));
        }
        return sum * radius * radius / 2;
    }

    private static List<TopoJson.Feature> features(String topology) {
        return TopoJson.features(new ByteArrayInputStream(topology.getBytes(StandardCharsets.UTF_8)), "shapes");
    }
}
