/**
 * News and events (issue 15 point 7): the foreign-affairs bulletin (Bản tin đối ngoại) of the activities and rewards
 * the focal point made public in the mobilisation module, the latest first, with a page per entry.
 */
@org.jspecify.annotations.NullMarked
package vn.vientro.portal.news;
