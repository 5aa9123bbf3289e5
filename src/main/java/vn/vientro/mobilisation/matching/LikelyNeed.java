package vn.vientro.mobilisation.matching;

import java.util.List;

/** A published need an organisation is likely to fund, with the score's parts in words. */
public record LikelyNeed(long needId, String title, int score, List<ExplanationPart> explanation) {
}
