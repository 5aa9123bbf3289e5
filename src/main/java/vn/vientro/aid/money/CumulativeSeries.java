package vn.vientro.aid.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An item's aid commitments and disbursements in VND, cumulated on each value date, for the money tab's chart and its
 * table. The dates and the {@code …Text} forms feed the chart's {@code data-*} attributes.
 */
public record CumulativeSeries(List<Point> points) {

    public record Point(LocalDate date, BigDecimal committedVnd, BigDecimal disbursedVnd) {

        public vn.vientro.shared.Money committed() {
            return vn.vientro.shared.Money.of(committedVnd, "VND");
        }

        public vn.vientro.shared.Money disbursed() {
            return vn.vientro.shared.Money.of(disbursedVnd, "VND");
        }
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    /** The value dates, which the page prints as it prints every date. */
    public List<LocalDate> dates() {
        return points.stream().map(Point::date).toList();
    }

    public String committedText() {
        return points.stream().map(p -> p.committedVnd().toPlainString()).collect(Collectors.joining(","));
    }

    public String disbursedText() {
        return points.stream().map(p -> p.disbursedVnd().toPlainString()).collect(Collectors.joining(","));
    }
}
