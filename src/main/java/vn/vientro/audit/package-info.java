/**
 * The audit trail: a database trigger records every insert, update and delete of every business table (actor,
 * time, table, row, before and after); this module lets administrators and leaders read it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail", allowedDependencies = {"shared", "platform"})
@org.jspecify.annotations.NullMarked
package vn.vientro.audit;
