package vn.vientro.aid;

import java.util.List;

/** An approved aid item of a donor, with its DAC sectors and communes. */
public record FundedItem(long itemId, List<String> sectorCodes, List<String> communeCodes) {
}
