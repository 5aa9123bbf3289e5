package vn.vientro.audit;

/** An audited table in the log's filter: its key ({@code schema.table}) and its name in the reader's language. */
public record TableChoice(String table, String label) {
}
