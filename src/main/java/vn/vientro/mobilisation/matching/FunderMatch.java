package vn.vientro.mobilisation.matching;

import java.util.List;

/**
 * An organisation likely to fund a need: its score out of 100 and the score's parts in words.
 *
 * @param withoutValidPaper a foreign NGO with no valid registration paper today, ranked after those with one
 */
public record FunderMatch(int rank, long organisationId, String name, int score, boolean withoutValidPaper,
                          List<ExplanationPart> explanation) {
}
