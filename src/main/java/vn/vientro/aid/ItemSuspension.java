package vn.vientro.aid;

import java.time.LocalDate;

/**
 * An aid item suspended by the managing agency's decision (DOMAIN.md §7), as the item's timeline records it.
 *
 * @param suspendedOn the day of the suspension decision, or the day it was recorded when no decision date was given
 */
public record ItemSuspension(long itemId, String code, long ownerAgencyId, long donorId, LocalDate suspendedOn) {
}
