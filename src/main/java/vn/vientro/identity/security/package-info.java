/**
 * Signing in: the security configuration, form sign-in and its throttling, trusted browsers, bearer tokens, the
 * signed-in principal.
 */
@org.jspecify.annotations.NullMarked
package vn.vientro.identity.security;
