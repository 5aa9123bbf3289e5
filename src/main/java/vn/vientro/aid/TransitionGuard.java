package vn.vientro.aid;

/**
 * A precondition a part of the aid module puts on a move (the dossier's required documents before submission, the
 * opinions before the appraisal is concluded). Throws a {@link vn.vientro.shared.BusinessRuleException} naming what is
 * missing; the move is then refused.
 */
public interface TransitionGuard {

    void check(long itemId, AidKind kind, AidAction action);
}
