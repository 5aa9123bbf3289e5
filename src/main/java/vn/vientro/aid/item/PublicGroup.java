package vn.vientro.aid.item;

/** Groups of fields the public portal may show for an approved item (DOMAIN.md §10). */
public enum PublicGroup {
    SUMMARY, VALUE, SECTORS, LOCATIONS, BENEFICIARIES, RESULTS, MONEY, CONTACTS
}
