package vn.vientro.reporting.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the features of one object of a TopoJSON topology (the boundary files are TopoJSON, and topojson-client is not
 * at hand here): each arc is delta-encoded in quantized units and turned into longitude and latitude by the
 * topology's transform; a ring joins its arcs, a negative index {@code ~i} meaning arc {@code i} backwards, each arc
 * after the first dropping the point it shares with the one before (the TopoJSON specification, §2.1.5 and §2.2).
 * Polygons and multipolygons only: the boundary files hold nothing else.
 */
final class TopoJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TopoJson() {
    }

    static List<Feature> features(InputStream topology, String objectName) {
        return features(topology, objectName, 0);
    }

    /**
     * The features with each arc simplified first (Douglas–Peucker, keeping its ends), so that two neighbours still
     * share exactly the same border.
     *
     * @param tolerance in degrees; 0 keeps every point
     */
    static List<Feature> features(InputStream topology, String objectName, double tolerance) {
        JsonNode root;
        try (topology) {
            root = JSON.readTree(topology);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<List<double[]>> arcs = arcs(root).stream()
                .map(arc -> tolerance > 0 ? simplified(arc, tolerance) : arc).toList();
        JsonNode object = root.path("objects").path(objectName);
        if (object.isMissingNode()) {
            throw new IllegalArgumentException("the topology has no object " + objectName);
        }
        List<Feature> features = new ArrayList<>();
        for (JsonNode geometry : object.path("type").asString().equals("GeometryCollection")
                ? object.path("geometries") : List.of(object)) {
            List<List<List<double[]>>> polygons = switch (geometry.path("type").asString()) {
                case "Polygon" -> List.of(polygon(geometry.path("arcs"), arcs));
                case "MultiPolygon" -> multiPolygon(geometry.path("arcs"), arcs);
                default -> List.of();
            };
            if (!polygons.isEmpty()) {
                features.add(new Feature(geometry.path("id").asString(), properties(geometry), polygons));
            }
        }
        return features;
    }

    /** Each arc as absolute longitudes and latitudes. */
    private static List<List<double[]>> arcs(JsonNode root) {
        JsonNode transform = root.path("transform");
        boolean quantized = !transform.isMissingNode();
        double sx = quantized ? transform.path("scale").get(0).asDouble() : 1;
        double sy = quantized ? transform.path("scale").get(1).asDouble() : 1;
        double tx = quantized ? transform.path("translate").get(0).asDouble() : 0;
        double ty = quantized ? transform.path("translate").get(1).asDouble() : 0;
        List<List<double[]>> arcs = new ArrayList<>();
        for (JsonNode arc : root.path("arcs")) {
            List<double[]> points = new ArrayList<>(arc.size());
            double x = 0;
            double y = 0;
            for (JsonNode position : arc) {
                if (quantized) {
                    x += position.get(0).asDouble();
                    y += position.get(1).asDouble();
                    points.add(new double[] {x * sx + tx, y * sy + ty});
                } else {
                    points.add(new double[] {position.get(0).asDouble(), position.get(1).asDouble()});
                }
            }
            arcs.add(points);
        }
        return arcs;
    }

    static List<double[]> simplified(List<double[]> line, double tolerance) {
        if (line.size() < 3) {
            return line;
        }
        boolean[] keep = new boolean[line.size()];
        keep[0] = true;
        keep[line.size() - 1] = true;
        java.util.ArrayDeque<int[]> spans = new java.util.ArrayDeque<>();
        spans.push(new int[] {0, line.size() - 1});
        while (!spans.isEmpty()) {
            int[] span = spans.pop();
            int farthest = -1;
            double distance = tolerance;
            for (int n = span[0] + 1; n < span[1]; n++) {
                double d = distance(line.get(n), line.get(span[0]), line.get(span[1]));
                if (d > distance) {
                    distance = d;
                    farthest = n;
                }
            }
            if (farthest > 0) {
                keep[farthest] = true;
                spans.push(new int[] {span[0], farthest});
                spans.push(new int[] {farthest, span[1]});
            }
        }
        List<double[]> result = new ArrayList<>();
        for (int n = 0; n < line.size(); n++) {
            if (keep[n]) {
                result.add(line.get(n));
            }
        }
        return result;
    }

    /** From a point to the segment from a to b. */
    private static double distance(double[] point, double[] a, double[] b) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1,
                ((point[0] - a[0]) * dx + (point[1] - a[1]) * dy) / length));
        return Math.hypot(point[0] - a[0] - t * dx, point[1] - a[1] - t * dy);
    }

    private static List<List<List<double[]>>> multiPolygon(JsonNode polygons, List<List<double[]>> arcs) {
        List<List<List<double[]>>> result = new ArrayList<>();
        polygons.forEach(polygon -> result.add(polygon(polygon, arcs)));
        return result;
    }

    private static List<List<double[]>> polygon(JsonNode rings, List<List<double[]>> arcs) {
        List<List<double[]>> result = new ArrayList<>();
        rings.forEach(ring -> result.add(ring(ring, arcs)));
        return result;
    }

    private static List<double[]> ring(JsonNode indexes, List<List<double[]>> arcs) {
        List<double[]> ring = new ArrayList<>();
        for (JsonNode node : indexes) {
            int index = node.asInt();
            List<double[]> arc = arcs.get(index >= 0 ? index : ~index);
            if (index < 0) {
                arc = new ArrayList<>(arc);
                java.util.Collections.reverse(arc);
            }
            ring.addAll(ring.isEmpty() ? arc : arc.subList(1, arc.size()));
        }
        return ring;
    }

    private static Map<String, String> properties(JsonNode geometry) {
        Map<String, String> properties = new LinkedHashMap<>();
        geometry.path("properties").properties().forEach(entry -> properties.put(entry.getKey(),
                entry.getValue().asString()));
        return properties;
    }

    /**
     * One feature: its id, its properties as texts and its polygons, each a list of rings (the outer one first), each
     * ring a closed list of {@code [longitude, latitude]}.
     */
    record Feature(String id, Map<String, String> properties, List<List<List<double[]>>> polygons) {

        String property(String name) {
            return properties.getOrDefault(name, "");
        }
    }
}
