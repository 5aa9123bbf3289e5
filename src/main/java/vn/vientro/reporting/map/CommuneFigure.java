package vn.vientro.reporting.map;

import vn.vientro.shared.Money;

/**
 * One commune's figures on the map and in its table.
 *
 * @param name    the commune's name, or its code when it lies outside the province's boundary file
 * @param onMap   whether the province's map draws it
 * @param shade   its colour class, 0 (no aid) to 5
 * @param itemsHref the aid list narrowed to the commune (and the map's filters the list knows)
 */
public record CommuneFigure(String code, String name, boolean onMap, long items, Money committedVnd,
                            Money committedUsd, Money disbursedVnd, Money disbursedUsd, int shade, String itemsHref) {
}
