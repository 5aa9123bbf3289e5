/**
 * Monitoring of approved aid and of foreign NGOs (DOMAIN.md §5–§7): the reporting duties with their legal due dates,
 * generated from each approved aid item and listed with the results framework's periods and the NGOs' own duties;
 * the aid owners' reports that answer them, and their review.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring",
        allowedDependencies = {"shared", "platform", "reference", "identity", "registry", "aid",
                "aid :: files", "aid :: documents", "notification", "audit", "search"})
@org.jspecify.annotations.NullMarked
package vn.vientro.monitoring;
