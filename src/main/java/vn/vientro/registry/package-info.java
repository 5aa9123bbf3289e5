/**
 * The registry of foreign NGOs and the other organisations aid work touches: profiles and status, registration
 * papers (Decree 58/2022) and the NGO's duties as deadlines, the contact network.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Foreign-NGO registry",
        allowedDependencies = {"shared", "platform", "reference", "identity", "search", "notification", "audit"})
@org.jspecify.annotations.NullMarked
package vn.vientro.registry;
