package vn.vientro.reporting.map;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Colour classes of the map: the lightest for no aid, then classes of equal count with the darkest for the most. */
class MapShadeTests {

    @Test
    void splitsCommunesWithAidIntoFiveClassesOfEqualCount() {
        MapShade shade = new MapShade(List.of(decimals(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)));

        assertThat(shade.of(BigDecimal.ZERO)).isZero();
        assertThat(shade.of(BigDecimal.ONE)).isEqualTo(1);
        assertThat(shade.of(BigDecimal.valueOf(2))).isEqualTo(1);
        assertThat(shade.of(BigDecimal.valueOf(3))).isEqualTo(2);
        assertThat(shade.of(BigDecimal.TEN)).isEqualTo(5);
        assertThat(shade.legend()).extracting(LegendEntry::upTo)
                .containsExactly(decimals(0, 2, 4, 6, 8, 10));
        assertThat(shade.colour(0)).isEqualTo(MapShade.COLOURS.get(0));
        assertThat(shade.colour(5)).isEqualTo(MapShade.COLOURS.get(5));
    }

    @Test
    void fewCommunesUseFewerClassesEndingAtTheDarkest() {
        MapShade shade = new MapShade(List.of(decimals(5, 5, 7)));

        assertThat(shade.legend()).extracting(LegendEntry::upTo).containsExactly(decimals(0, 5, 7));
        assertThat(shade.colour(shade.of(BigDecimal.valueOf(7)))).isEqualTo(MapShade.COLOURS.get(5));
        assertThat(shade.colour(shade.of(BigDecimal.valueOf(5)))).isEqualTo(MapShade.COLOURS.get(1));
        assertThat(new MapShade(List.of()).legend()).hasSize(1);
    }

    private static BigDecimal[] decimals(int... values) {
        return java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toArray(BigDecimal[]::new);
    }
}
