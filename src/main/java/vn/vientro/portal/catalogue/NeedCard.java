package vn.vientro.portal.catalogue;

import org.jspecify.annotations.Nullable;
import vn.vientro.shared.Money;

/** A published need in a list: its title, a short summary, field, period, cost, address and first photo. */
public record NeedCard(long id, String title, String summary, String fieldName, String period, Money cost,
                       String url, @Nullable String photoUrl) {
}
