/**
 * Dashboards, maps and the province's official reports (issue 18, DOMAIN.md §5): figures of approved aid, foreign
 * NGOs, mobilisation and monitoring for a period, read only through the other modules' public queries (the aid
 * module's {@code AidStatisticsQueries} for money), with what reporting keeps of its own: saved pivots, closed
 * periods and the snapshots of reports sent.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting",
        allowedDependencies = {"shared", "platform", "reference", "identity", "registry", "aid", "mobilisation",
                "monitoring", "audit", "notification"})
@org.jspecify.annotations.NullMarked
package vn.vientro.reporting;
