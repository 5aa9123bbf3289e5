package vn.vientro.aid.money;

import org.jspecify.annotations.Nullable;

/**
 * What a money transaction records, after the IATI transaction types: a donor's commitment (IATI 2), a planned
 * disbursement (the IATI planned-disbursement element), a receipt by the aid owner (IATI 3, disbursement) and an
 * expenditure (IATI 4).
 */
public enum MoneyKind {
    COMMITMENT("2"),
    PLANNED_DISBURSEMENT(null),
    DISBURSEMENT("3"),
    EXPENDITURE("4");

    private final @Nullable String iatiTransactionType;

    MoneyKind(@Nullable String iatiTransactionType) {
        this.iatiTransactionType = iatiTransactionType;
    }

    /** The IATI transaction type code, or none for a planned disbursement (its own element in IATI). */
    public @Nullable String iatiTransactionType() {
        return iatiTransactionType;
    }

    /**
     * Whether money actually moves: a receipt or a spending, which the law allows only under an approval decision.
     * Commitments and plans only promise money; donors sign commitment letters before the approval (they are part of
     * the dossier, Decree 80/2020 Art. 8), so those may be recorded earlier.
     */
    public boolean movesMoney() {
        return this == DISBURSEMENT || this == EXPENDITURE;
    }
}
