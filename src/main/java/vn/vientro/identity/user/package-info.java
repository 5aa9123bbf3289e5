/** User accounts and the password policy: the administrators' pages, the own profile, the first administrator. */
@org.jspecify.annotations.NullMarked
package vn.vientro.identity.user;
