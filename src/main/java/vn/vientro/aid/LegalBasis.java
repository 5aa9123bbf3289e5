package vn.vientro.aid;

/** The decree an item and its decisions fall under (DOMAIN.md §1). */
public enum LegalBasis {
    /** Decree 80/2020/NĐ-CP, for decisions before Decree 313/2025 took effect. */
    D80,
    /** Decree 313/2025/NĐ-CP, which replaced Decree 80/2020 (in force on signature, 8 Dec 2025). */
    D313,
    /** Decree 50/2020/NĐ-CP: emergency relief, outside Decree 313/2025. */
    D50
}
