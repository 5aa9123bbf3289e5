/**
 * One search mechanism for the whole system: every module feeds its own documents, with the roles allowed to find
 * them; one query answers across all of them, diacritic-insensitive and typo-tolerant.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search", allowedDependencies = {"shared", "platform"})
@org.jspecify.annotations.NullMarked
package vn.vientro.search;
