/** The catalogue for NGOs (issue 15 point 2): published needs, a page per need, and the "we are interested" form. */
@org.jspecify.annotations.NullMarked
package vn.vientro.portal.catalogue;
