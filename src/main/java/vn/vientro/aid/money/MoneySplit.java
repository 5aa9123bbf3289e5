package vn.vientro.aid.money;

import org.jspecify.annotations.Nullable;
import vn.vientro.shared.Money;

/**
 * The part of the money that falls to one sector or commune, weighted by each item's percentages and rounded so that
 * an item's parts add up to its whole: summed over all codes, every item counts exactly once.
 *
 * @param code the DAC sector or commune code; none for items that name no sector (no commune)
 */
public record MoneySplit(@Nullable String code, Money vnd, Money usd) {
}
