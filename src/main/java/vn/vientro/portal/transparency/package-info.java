/**
 * Transparency of aid (issue 15 point 3): the approved aid items with only the groups of fields the focal point made
 * public, a page per item, and the figures in charts with their tables.
 */
@org.jspecify.annotations.NullMarked
package vn.vientro.portal.transparency;
