package vn.vientro.platform;

/** Records that a background job failed as a whole, with the message key saying why; commits on its own. */
@FunctionalInterface
public interface JobFailure {

    void fail(long jobId, String failureKey);
}
