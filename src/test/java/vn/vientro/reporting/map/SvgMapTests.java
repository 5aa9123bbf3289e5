package vn.vientro.reporting.map;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Boundaries as SVG paths: fitted to the drawing's width, relative steps that add up, simplified arcs. */
class SvgMapTests {

    @Test
    void drawsTheSquareFittedToTheWidthWithRelativeSteps() {
        List<TopoJson.Feature> features = TopoJson.features(new ByteArrayInputStream(
                TopoJsonTests.SQUARE.getBytes(StandardCharsets.UTF_8)), "shapes");
        SvgMap map = SvgMap.of(features, 100);

        // 1° of longitude at 10.5°N is cos(10.5°) of a degree of latitude: 88 units wide, 88 / cos(10.5°) tall
        assertThat(map.height()).isEqualTo(Math.ceil(88 / Math.cos(Math.toRadians(10.5)) + 12));
        String height = SvgMap.number(88 / Math.cos(Math.toRadians(10.5)));
        assertThat(map.shapes().get(0).path()).isEqualTo("M6 " + SvgMap.number(6 + 88 / Math.cos(Math.toRadians(10.5)))
                + "l88 0 0 -" + height + " -88 0 0 " + height + "Z");
        assertThat(map.viewBox()).isEqualTo("0 0 100 " + SvgMap.number(map.height()));
    }

    @Test
    void simplifyingKeepsAnArcsEndsAndCornersAndDropsWhatLiesOnTheLine() {
        List<double[]> line = List.of(new double[] {0, 0}, new double[] {1, 0.0001}, new double[] {2, 0},
                new double[] {2, 1}, new double[] {2, 2});

        assertThat(TopoJson.simplified(line, 0.001)).containsExactly(new double[] {0, 0}, new double[] {2, 0},
                new double[] {2, 2});
        assertThat(TopoJson.simplified(line, 0.00001)).as("finer than the bump, it stays; (2, 1) is on the line")
                .hasSize(4).contains(new double[] {1, 0.0001});
    }
}
