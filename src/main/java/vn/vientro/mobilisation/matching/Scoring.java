package vn.vientro.mobilisation.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.vientro.registry.FunderProfile;
import vn.vientro.registry.OrganisationStatus;

/**
 * How likely an organisation is to fund a need, out of 100: what it declares (the need's priority field 20, a sector
 * of the need's DAC categories 15, one of its communes 10) and what it did (6 per approved item in those categories in
 * the province, at most 30; 5 per such item in the need's communes, at most 25). What it did weighs more than what it
 * declares: declarations are old and broad, funded projects are facts.
 * <p>
 * Who may not work in the province is no funder to approach: a suspended or ceased organisation is left out. A foreign
 * NGO without a valid registration paper is kept but ranked after every one that may work now, and says so: its paper
 * can be renewed, and its history is still worth the focal point's knowing.
 */
final class Scoring {

    static final int FIELD = 20;
    static final int SECTORS = 15;
    static final int COMMUNES = 10;
    static final int PER_ITEM = 6;
    static final int PER_ITEM_IN_COMMUNES = 5;
    static final int MAX_ITEMS = 5;

    /** Who may work now first, then the higher score, then by name. */
    static final Comparator<FunderScore> RANKING = Comparator.comparing(FunderScore::rankedLast)
            .thenComparing(Comparator.comparingInt(FunderScore::score).reversed())
            .thenComparing(score -> score.funder().name(Locale.forLanguageTag("vi")))
            .thenComparingLong(score -> score.funder().id());

    private Scoring() {
    }

    /** The organisation's score for the need, or empty when it is left out or nothing links it to the need. */
    static Optional<FunderScore> score(NeedCriteria need, FunderProfile funder, int similarItems,
                                       int similarItemsInCommunes) {
        if (funder.status() == OrganisationStatus.SUSPENDED || funder.status().ended()) {
            return Optional.empty();
        }
        List<MatchPart> parts = new ArrayList<>();
        declared(need, funder, parts);
        if (similarItems > 0) {
            parts.add(MatchPart.counted(MatchReason.PAST_AID, PER_ITEM * Math.min(similarItems, MAX_ITEMS),
                    similarItems, need.categories()));
        }
        if (similarItemsInCommunes > 0) {
            parts.add(MatchPart.counted(MatchReason.PAST_AID_IN_COMMUNES,
                    PER_ITEM_IN_COMMUNES * Math.min(similarItemsInCommunes, MAX_ITEMS), similarItemsInCommunes,
                    need.communes()));
        }
        int total = parts.stream().mapToInt(MatchPart::points).sum();
        if (total == 0) {
            return Optional.empty();
        }
        standing(funder, parts);
        return Optional.of(new FunderScore(funder, total, parts));
    }

    private static void declared(NeedCriteria need, FunderProfile funder, List<MatchPart> parts) {
        if (funder.priorityFields().contains(need.priorityField())) {
            parts.add(MatchPart.of(MatchReason.PRIORITY_FIELD, FIELD, List.of(need.priorityField())));
        }
        List<String> categories = need.categories().stream().filter(category -> funder.sectorCodes().stream()
                .anyMatch(code -> NeedCriteria.category(code).equals(category))).toList();
        if (!categories.isEmpty()) {
            parts.add(MatchPart.of(MatchReason.SECTORS, SECTORS, categories));
        }
        List<String> communes = need.communes().stream().filter(funder.communeCodes()::contains).toList();
        if (!communes.isEmpty()) {
            parts.add(MatchPart.of(MatchReason.COMMUNES, COMMUNES, communes));
        }
    }

    private static void standing(FunderProfile funder, List<MatchPart> parts) {
        @Nullable MatchPart paper = funder.withoutValidPaper() ? MatchPart.note(MatchReason.NO_VALID_PAPER, null)
                : funder.paperValidUntil() != null ? MatchPart.note(MatchReason.PAPER_VALID, funder.paperValidUntil())
                : null;
        if (paper != null) {
            parts.add(paper);
        }
        if (funder.status() == OrganisationStatus.UNDER_INSPECTION) {
            parts.add(MatchPart.note(MatchReason.UNDER_INSPECTION, null));
        }
    }

    /** An organisation's score for one need, with its parts. */
    record FunderScore(FunderProfile funder, int score, List<MatchPart> parts) {

        boolean rankedLast() {
            return funder.withoutValidPaper();
        }
    }
}
