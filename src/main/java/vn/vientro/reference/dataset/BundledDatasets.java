package vn.vientro.reference.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vientro.platform.Actor;

/**
 * Loads reference files bundled in the jar into their tables once: a dataset is (re)loaded only when its files or
 * its loader version change, in one transaction, under an advisory lock so that several nodes starting together
 * load it once. A restart never duplicates rows. SQL, not an aggregate: the advisory lock and the record of what was
 * loaded belong to the load's own transaction, which no repository can take.
 */
@Component
public class BundledDatasets {

    private static final Logger log = LoggerFactory.getLogger(BundledDatasets.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    BundledDatasets(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /**
     * @param name          dataset name, e.g. {@code admin-units}
     * @param loaderVersion bump when the way the files are read changes
     * @param resources     classpath resources that make up the dataset
     * @param load          deletes the dataset's old rows, inserts the new ones, returns the number of rows
     * @return whether the dataset was (re)loaded
     */
    public boolean ensureLoaded(String name, int loaderVersion, List<String> resources, ToIntFunction<JdbcClient> load) {
        String checksum = checksum(loaderVersion, resources);
        long start = System.nanoTime();
        Boolean loaded = Actor.runAs("system:reference", () -> transaction.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('reference.dataset:' || :name))").param("name", name)
                    .query().singleRow();
            boolean current = jdbc.sql("select exists(select 1 from reference.dataset where name = :name "
                    + "and checksum = :checksum)").param("name", name).param("checksum", checksum)
                    .query(Boolean.class).single();
            if (current) {
                return false;
            }
            int rows = load.applyAsInt(jdbc);
            jdbc.sql("""
                    insert into reference.dataset (name, checksum, row_count, source) values (:name, :checksum, :rows, :source)
                    on conflict (name) do update set checksum = excluded.checksum, row_count = excluded.row_count,
                           source = excluded.source, loaded_at = now()
                    """).param("name", name).param("checksum", checksum).param("rows", rows)
                    .param("source", String.join(", ", resources)).update();
            return true;
        }));
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (Boolean.TRUE.equals(loaded)) {
            log.info("Reference dataset {} loaded in {} ms", name, millis);
        } else {
            log.info("Reference dataset {} already current (checked in {} ms)", name, millis);
        }
        return Boolean.TRUE.equals(loaded);
    }

    private static String checksum(int loaderVersion, List<String> resources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(Integer.toString(loaderVersion).getBytes());
            for (String resource : resources) {
                try (InputStream in = new ClassPathResource(resource).getInputStream()) {
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
