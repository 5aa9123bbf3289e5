package vn.vientro.interchange.importing;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import vn.vientro.shared.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the IATI reader (stream, encoding, header, schema check per activity, facts) with Jazzer. Under Surefire it
 * runs in regression mode over its corpus, {@code ActivityReaderFuzzTestsInputs/readsAnyBytes/} (valid files, a
 * DTD with external and expanding entities, version 1, UTF-16, a cut file, wrong encodings, deep nesting); run it
 * with {@code JAZZER_FUZZ=1} to search for new inputs. Whatever the bytes, the reader either reads them or refuses
 * the file with its own problem; nothing else may escape, and it never reports more activities than it met.
 */
class ActivityReaderFuzzTests {

    @FuzzTest(maxDuration = "60s")
    void readsAnyBytes(byte[] input) {
        ActivitySchema schema = new ActivitySchema();
        List<IatiImportJobs.ReadActivity> read = new ArrayList<>();
        try {
            ActivityStream.Result result = ActivityStream.read(new ByteArrayInputStream(input),
                    (header, events) -> read.add(ActivityPipeline.check(schema, header, events)));
            assertThat(read).hasSize(result.activities());
            read.forEach(activity -> assertThat(activity.line()).isPositive());
        } catch (BusinessRuleException refused) {
            assertThat(refused).isInstanceOf(ImportFileRefused.class);
            assertThat(refused.messageKey()).startsWith("interchange.import.file.");
        }
    }
}
