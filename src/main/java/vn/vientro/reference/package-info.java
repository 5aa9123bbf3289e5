/**
 * Reference data every module reads: administrative units before and after the 2025 reorganisation, sectors and
 * IATI codelists, the province's priority fields, the working-day calendar and exchange rates.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reference data", allowedDependencies = {"shared", "platform"})
@org.jspecify.annotations.NullMarked
package vn.vientro.reference;
