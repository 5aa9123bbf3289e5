package vn.vientro.monitoring;

/** An evaluation of an aid item was recorded or changed: the search index and the item's readers follow it. */
public record EvaluationRecorded(long evaluationId, long itemId, String actor) {
}
