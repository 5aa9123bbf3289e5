package vn.vientro.monitoring.scorecard;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The scorecards of one year, NGOs and aid owners apart, in the order asked, with the province's trend: the average
 * score of each kind year by year.
 *
 * @param years the years that may be chosen, the latest last
 */
public record Ranking(int year, List<Integer> years, List<Scorecard> ngos, List<Scorecard> owners,
                      List<TrendPoint> trend) {

    /**
     * One year of the trend: the average score of the cards of each kind (none when there were none) and how many.
     */
    public record TrendPoint(int year, @Nullable BigDecimal ngoAverage, int ngoCards,
                             @Nullable BigDecimal ownerAverage, int ownerCards) {
    }
}
