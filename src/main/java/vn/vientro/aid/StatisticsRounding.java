package vn.vientro.aid;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Rounds split money to the đồng (the cent) by largest remainder, so the parts of a breakdown add up to its rounded
 * whole: 33.33 %, 33.33 % and 33.34 % of 3,000,001 đồng are 999,900, 999,900 and 1,000,201, never 3,000,000 in all.
 */
final class StatisticsRounding {

    private StatisticsRounding() {
    }

    /** Each exact value rounded to {@code scale} places, the parts left over given to the largest remainders. */
    static List<BigDecimal> round(List<BigDecimal> exact, int scale) {
        List<BigDecimal> floors = new ArrayList<>(exact.size());
        BigDecimal whole = BigDecimal.ZERO;
        BigDecimal floorSum = BigDecimal.ZERO;
        for (BigDecimal value : exact) {
            BigDecimal floor = value.setScale(scale, RoundingMode.FLOOR);
            floors.add(floor);
            whole = whole.add(value);
            floorSum = floorSum.add(floor);
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        int left = whole.setScale(scale, RoundingMode.HALF_UP).subtract(floorSum).divide(unit).intValue();
        if (left <= 0) {
            // whole đồng (cents) already, as unsplit money is: nothing to hand out, no need to sort thousands of rows
            return floors;
        }
        BigDecimal[] remainders = new BigDecimal[exact.size()];
        for (int n = 0; n < remainders.length; n++) {
            remainders[n] = exact.get(n).subtract(floors.get(n));
        }
        Function<Integer, BigDecimal> remainder = n -> remainders[n];
        IntStream.range(0, exact.size()).boxed()
                .sorted(Comparator.comparing(remainder).reversed().thenComparing(n -> n))
                .limit(left)
                .forEach(n -> floors.set(n, floors.get(n).add(unit)));
        return floors;
    }
}
