/** Agencies and their succession: the aggregate, the administrators' pages and the API. */
@org.jspecify.annotations.NullMarked
package vn.vientro.identity.agency;
