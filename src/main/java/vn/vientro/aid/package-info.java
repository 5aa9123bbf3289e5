/**
 * Aid items (khoản viện trợ) from dossier to settlement: the dossier, the inter-agency appraisal with its statutory
 * deadlines, the approval decision, money received and spent, amendments, completion and settlement.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Aid items",
        allowedDependencies = {"shared", "platform", "reference", "identity", "registry", "search", "notification",
                "audit"})
@org.jspecify.annotations.NullMarked
package vn.vientro.aid;
