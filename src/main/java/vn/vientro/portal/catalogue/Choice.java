package vn.vientro.portal.catalogue;

/** An option of a filter: its value in the address and its name in the page's language. */
public record Choice(String value, String label) {
}
