package vn.vientro.mobilisation.matching;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vientro.aid.DonorHistory;
import vn.vientro.aid.DonorHistoryQueries;
import vn.vientro.aid.FundedItem;
import vn.vientro.mobilisation.MobilisationPolicy;
import vn.vientro.mobilisation.MobilisationProblem;
import vn.vientro.mobilisation.NeedStatus;
import vn.vientro.registry.FunderProfile;
import vn.vientro.registry.Registry;
import vn.vientro.shared.BusinessRuleException;
import vn.vientro.shared.NotFoundException;

/**
 * Which organisations are likely to fund a published need, and the reverse, ranked and explained ({@link Scoring}):
 * from what the registry keeps of each organisation and what the aid module counts of its past aid, each asked once
 * for all organisations.
 */
@Service
@Transactional(readOnly = true)
public class Matching {

    /** Most a list shows: the focal point approaches a handful, not a directory. */
    public static final int MOST = 100;

    private final MatchQueries needs;
    private final Registry registry;
    private final DonorHistoryQueries donors;
    private final Explanations explanations;

    Matching(MatchQueries needs, Registry registry, DonorHistoryQueries donors, Explanations explanations) {
        this.needs = needs;
        this.registry = registry;
        this.donors = donors;
        this.explanations = explanations;
    }

    /** The organisations likely to fund the need, best first; only a published need is matched. */
    @PreAuthorize(MobilisationPolicy.READ_MATCHES)
    public NeedMatches forNeed(long needId, int limit) {
        NeedCriteria need = needs.criteria(needId).orElseThrow(() -> new NotFoundException("need", needId));
        if (need.status() != NeedStatus.PUBLISHED) {
            throw new BusinessRuleException(MobilisationProblem.NEED_NOT_PUBLISHED,
                    "mobilisation.matching.notPublished", null);
        }
        Map<Long, DonorHistory> history = donors.similarAid(need.categories(), need.communes()).stream()
                .collect(Collectors.toMap(DonorHistory::donorId, Function.identity()));
        List<Scoring.FunderScore> ranked = registry.funders(need.priorityField(), need.categories(), need.communes(),
                history.keySet()).stream().map(funder -> score(need, funder, history.get(funder.id())))
                .flatMap(Optional::stream).sorted(Scoring.RANKING).toList();
        List<Scoring.FunderScore> shown = ranked.subList(0, Math.min(ranked.size(), bounded(limit)));
        Explanations.Writer words = explanations.forRequest();
        Locale locale = LocaleContextHolder.getLocale();
        List<FunderMatch> matches = IntStream.range(0, shown.size()).mapToObj(i -> {
            Scoring.FunderScore scored = shown.get(i);
            return new FunderMatch(i + 1, scored.funder().id(), scored.funder().name(locale), scored.score(),
                    scored.rankedLast(), words.words(scored.parts()));
        }).toList();
        return new NeedMatches(needId, need.title(locale), ranked.size(), matches);
    }

    /** The published needs the organisation is likely to fund, best first; none for a suspended or ceased one. */
    @PreAuthorize(MobilisationPolicy.READS_MATCHES)
    public List<LikelyNeed> forOrganisation(long organisationId, int limit) {
        Optional<FunderProfile> funder = registry.funders(null, List.of(), List.of(), List.of(organisationId))
                .stream().findFirst();
        if (funder.isEmpty()) {
            return List.of();
        }
        List<FundedItem> funded = donors.fundedBy(organisationId);
        Explanations.Writer words = explanations.forRequest();
        Locale locale = LocaleContextHolder.getLocale();
        return needs.published().stream()
                .flatMap(need -> Scoring.score(need, funder.get(), similar(need, funded, false),
                        similar(need, funded, true)).map(score -> new NeedScore(need, score)).stream())
                .sorted(Comparator.comparingInt((NeedScore scored) -> scored.score().score()).reversed()
                        .thenComparingLong(scored -> scored.need().id()))
                .limit(bounded(limit)).map(scored -> new LikelyNeed(scored.need().id(), scored.need().title(locale),
                        scored.score().score(), words.words(scored.score().parts()))).toList();
    }

    private static Optional<Scoring.FunderScore> score(NeedCriteria need, FunderProfile funder,
                                                       @Nullable DonorHistory history) {
        return history == null ? Scoring.score(need, funder, 0, 0)
                : Scoring.score(need, funder, history.similarItems(), history.similarItemsInCommunes());
    }

    /** How many of the donor's items share a DAC category with the need (and, if asked, one of its communes too). */
    private static int similar(NeedCriteria need, List<FundedItem> funded, boolean inCommunes) {
        List<String> categories = need.categories();
        return (int) funded.stream().filter(item -> item.sectorCodes().stream()
                        .anyMatch(code -> categories.contains(NeedCriteria.category(code))))
                .filter(item -> !inCommunes || item.communeCodes().stream().anyMatch(need.communes()::contains))
                .count();
    }

    private static int bounded(int limit) {
        return Math.max(1, Math.min(limit, MOST));
    }

    private record NeedScore(NeedCriteria need, Scoring.FunderScore score) {
    }
}
