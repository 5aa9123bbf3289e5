/** Personal API tokens: issued and revoked by their owner, kept only as a hash. */
@org.jspecify.annotations.NullMarked
package vn.vientro.identity.token;
