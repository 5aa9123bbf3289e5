package vn.vientro.reporting.map;

import java.util.List;

/**
 * An archipelago's frame in the country drawing and its name's message key; the name goes beside the frame (Hoàng Sa,
 * with open sea to its east) or above it (Trường Sa, which reaches the drawing's eastern edge).
 *
 * @param west  left edge of the frame
 * @param north top edge of the frame
 * @param islets each island's place (islands closer than a tenth of a pixel are one)
 */
public record Archipelago(String nameKey, double west, double north, double width, double height, boolean nameAbove,
                          List<Islet> islets) {

    public Archipelago {
        islets = List.copyOf(islets);
    }

    /** Where an island or a group of islands lies in the drawing: a dot, since most are smaller than a pixel. */
    public record Islet(String x, String y) {
    }

    public String labelX() {
        return SvgMap.number(nameAbove ? west + width / 2 : west + width + 3);
    }

    public String labelY() {
        return SvgMap.number(nameAbove ? north - 3 : north + height / 2 + 3);
    }

    public String anchor() {
        return nameAbove ? "middle" : "start";
    }

    public String x() {
        return SvgMap.number(west);
    }

    public String y() {
        return SvgMap.number(north);
    }

    public String w() {
        return SvgMap.number(width);
    }

    public String h() {
        return SvgMap.number(height);
    }
}
