/** Signing in: the security configuration, form sign-in and lock-out, bearer tokens, the signed-in principal. */
@org.jspecify.annotations.NullMarked
package vn.vientro.identity.security;
