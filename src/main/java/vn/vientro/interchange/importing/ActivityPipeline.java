package vn.vientro.interchange.importing;

import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads a file's activities, each checked by the schema and read for its facts from the parser's events in one pass
 * on the calling thread, handed over in file order: memory holds one activity, so it stays flat with the file's size.
 */
final class ActivityPipeline {

    private ActivityPipeline() {
    }

    /** @throws ImportFileRefused as {@link ActivityStream#read} does */
    static ActivityStream.Result read(InputStream file, Consumer<IatiImportJobs.ReadActivity> each) {
        // a validator is not thread-safe: one for this file (the compiled schema behind it is shared)
        return ActivityStream.read(file, new ActivitySchema(), each);
    }
}
