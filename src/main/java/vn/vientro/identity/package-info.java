/** Agencies, their succession, users, roles, sign-in and its throttling, and personal API tokens. */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and roles", allowedDependencies = {"shared", "platform", "audit"})
@org.jspecify.annotations.NullMarked
package vn.vientro.identity;
