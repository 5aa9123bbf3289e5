/** The working-day calendar: lunar conversion, statutory holidays, the administrators' overrides, pages and API. */
@org.jspecify.annotations.NullMarked
package vn.vientro.reference.calendar;
