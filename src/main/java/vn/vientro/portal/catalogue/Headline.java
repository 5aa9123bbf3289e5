package vn.vientro.portal.catalogue;

import vn.vientro.shared.Money;

/** The home page's figures: how many projects call for aid, and what they cost in all. */
public record Headline(long needs, Money cost) {
}
