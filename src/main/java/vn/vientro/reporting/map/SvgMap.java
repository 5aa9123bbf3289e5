package vn.vientro.reporting.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Boundaries drawn as SVG paths, computed once: an equirectangular projection scaled by the cosine of the middle
 * latitude (true enough at a province's or the country's size, and needing no library), fitted to a width in pixels,
 * with points a tenth of a pixel apart or less merged. The page draws the paths itself, so no tile and no script is
 * needed to see the map.
 *
 * @param width  of the drawing, in the viewBox's units
 * @param height of the drawing, in the viewBox's units
 */
public record SvgMap(double width, double height, List<Shape> shapes, Frame frame) {

    /** One feature as drawn: its code, names and path. */
    public record Shape(String code, String name, String fullName, String path) {
    }

    /** Where longitudes and latitudes land in the drawing. */
    record Frame(double west, double north, double scale, double cosine) {

        double x(double longitude) {
            return MARGIN + (longitude - west) * cosine * scale;
        }

        double y(double latitude) {
            return MARGIN + (north - latitude) * scale;
        }
    }

    /** Around the shapes, so their strokes and frames drawn around them stay inside the drawing. */
    static final double MARGIN = 6;

    static SvgMap of(List<TopoJson.Feature> features, double width) {
        double west = Double.MAX_VALUE;
        double east = -Double.MAX_VALUE;
        double south = Double.MAX_VALUE;
        double north = -Double.MAX_VALUE;
        for (TopoJson.Feature feature : features) {
            for (List<List<double[]>> polygon : feature.polygons()) {
                for (double[] point : polygon.get(0)) {
                    west = Math.min(west, point[0]);
                    east = Math.max(east, point[0]);
                    south = Math.min(south, point[1]);
                    north = Math.max(north, point[1]);
                }
            }
        }
        if (features.isEmpty()) {
            return new SvgMap(width, width / 2, List.of(), new Frame(0, 0, 1, 1));
        }
        double cosine = Math.cos(Math.toRadians((north + south) / 2));
        double scale = (width - 2 * MARGIN) / ((east - west) * cosine);
        Frame frame = new Frame(west, north, scale, cosine);
        List<Shape> shapes = new ArrayList<>(features.size());
        for (TopoJson.Feature feature : features) {
            shapes.add(new Shape(feature.id(), feature.property("name"), feature.property("fullName"),
                    path(feature, frame)));
        }
        return new SvgMap(width, Math.ceil((north - south) * scale + 2 * MARGIN), List.copyOf(shapes), frame);
    }

    public String viewBox() {
        return "0 0 " + number(width) + " " + number(height);
    }

    /**
     * The feature as a path: each ring starts at an absolute point ("M") and goes on by relative steps ("l"), in
     * tenths of a unit computed from the rounded absolute points, so that the steps add up without drift.
     */
    private static String path(TopoJson.Feature feature, Frame frame) {
        StringBuilder path = new StringBuilder();
        for (List<List<double[]>> polygon : feature.polygons()) {
            for (List<double[]> ring : polygon) {
                long lastX = 0;
                long lastY = 0;
                int drawn = 0;
                for (double[] point : ring) {
                    long x = Math.round(frame.x(point[0]) * 10);
                    long y = Math.round(frame.y(point[1]) * 10);
                    if (drawn == 0) {
                        path.append('M').append(tenths(x)).append(' ').append(tenths(y));
                    } else if (x != lastX || y != lastY) {
                        path.append(drawn == 1 ? "l" : " ").append(tenths(x - lastX)).append(' ')
                                .append(tenths(y - lastY));
                    } else {
                        continue;
                    }
                    lastX = x;
                    lastY = y;
                    drawn++;
                }
                // an islet smaller than a tenth of a unit stays a point, which the stroke's round cap shows as a dot
                path.append('Z');
            }
        }
        return path.toString();
    }

    private static String tenths(long value) {
        long whole = value / 10;
        long tenth = Math.abs(value % 10);
        String sign = value < 0 && whole == 0 ? "-" : "";
        return tenth == 0 ? sign + whole : sign + whole + "." + tenth;
    }

    /** A coordinate with one decimal at most, written the same in every locale. */
    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
