package vn.vientro.portal.procedures;

/** A procedure page's text or forms changed: the portal renews its pages once the change is committed. */
public record ProcedureChanged(ProcedureKind procedure) {
}
