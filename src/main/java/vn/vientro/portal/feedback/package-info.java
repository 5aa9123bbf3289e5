/**
 * Community feedback (phản ánh, kiến nghị; issue 15 point 6): sent by anyone on a published aid item or need, followed
 * on the portal by its code and check code, triaged, assigned, answered and published by staff.
 */
@org.jspecify.annotations.NullMarked
package vn.vientro.portal.feedback;
