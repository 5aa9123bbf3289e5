package vn.vientro.mobilisation.matching;

import java.util.List;

/** The organisations likely to fund a published need, best first, out of how many scored above nothing. */
public record NeedMatches(long needId, String needTitle, int scored, List<FunderMatch> matches) {
}
