/**
 * The audit trail: a database trigger records every insert, update and delete of every business table (actor,
 * time, table, row, before and after); this module lets administrators and leaders read it. It also keeps sealed
 * records sealed for every module: who may read a security opinion, the reads of one recorded, and its trace shown
 * to those readers only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail", allowedDependencies = {"shared", "platform"})
@org.jspecify.annotations.NullMarked
package vn.vientro.audit;
