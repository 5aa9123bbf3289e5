package vn.vientro.platform.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import vn.vientro.platform.VientroProperties;

/**
 * {@code backup --to <file>} and {@code restore --from <file>}: they read the application's own settings (its
 * {@code application.yml}, environment variables, {@code --name=value} arguments), so they find the data folder and
 * the database the application uses, and start nothing else of it.
 */
public final class BackupCommands {

    private static final Logger log = LoggerFactory.getLogger(BackupCommands.class);
    private static final int FAILED = 1;
    private static final int USAGE = 2;

    private BackupCommands() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    /** Runs the command and gives the process's exit status: 0 done, 1 failed, 2 wrong arguments. */
    public static int run(String[] args) {
        boolean backup = args[0].equals("backup");
        List<String> settings = new ArrayList<>();
        String file = option(Arrays.copyOfRange(args, 1, args.length), backup ? "--to" : "--from", settings);
        if (file == null) {
            System.err.println("Usage: java -jar vientro.jar backup --to <file.tar> [--name=value ...]\n"
                    + "       java -jar vientro.jar restore --from <file.tar> [--name=value ...]");
            return USAGE;
        }
        try (ConfigurableApplicationContext settingsOnly = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .registerShutdownHook(false).properties("logging.level.org.flywaydb=warn")
                .run(settings.toArray(String[]::new))) {
            Environment environment = settingsOnly.getEnvironment();
            VientroProperties properties = settingsOnly.getBean(VientroProperties.class);
            Path path = Path.of(file).toAbsolutePath();
            return backup ? backup(environment, properties, path) : restore(environment, properties, path);
        } catch (Exception e) {
            log.error("The {} failed: {}", args[0], e.getMessage(), e);
            return FAILED;
        }
    }

    private static int backup(Environment environment, VientroProperties properties, Path target) throws Exception {
        try (DatabaseEndpoint database = DatabaseEndpoint.isExternal(environment)
                ? DatabaseEndpoint.external(environment)
                : DatabaseEndpoint.existingEmbedded(properties.databaseDir())) {
            BackupManifest manifest = Backup.take(database, properties.filesDir(), target);
            log.info("Backup written to {} ({} bytes) in {} ms: {} tables, {} rows ({} database, schema version {}), "
                    + "{} files ({} bytes)", target, Files.size(target), manifest.tookMillis(),
                    manifest.tables().size(), manifest.rows(), manifest.source(), manifest.schemaVersion(),
                    manifest.files(), manifest.fileBytes());
        }
        return 0;
    }

    private static int restore(Environment environment, VientroProperties properties, Path archive) throws Exception {
        long start = System.nanoTime();
        Restore restore = Restore.check(archive);
        boolean external = DatabaseEndpoint.isExternal(environment);
        for (Path required : external ? List.of(properties.filesDir())
                : List.of(properties.filesDir(), properties.databaseDir())) {
            if (!isEmptyOrAbsent(required)) {
                log.error("{} is not empty: restore only into an empty data folder", required.toAbsolutePath());
                return FAILED;
            }
        }
        try (DatabaseEndpoint database = external ? DatabaseEndpoint.external(environment)
                : DatabaseEndpoint.newEmbedded(properties.databaseDir())) {
            restore.into(database, List.of(environment.getProperty("spring.flyway.locations",
                    "classpath:db/migration").split(",")), properties.filesDir());
        }
        BackupManifest manifest = restore.manifest();
        log.info("Restored {} taken {} into {} in {} ms: {} tables, {} rows, {} files; the application migrates it to "
                + "its own schema version when it starts", archive, manifest.takenAt(),
                properties.dataDir().toAbsolutePath(), (System.nanoTime() - start) / 1_000_000,
                manifest.tables().size(), manifest.rows(), manifest.files());
        return 0;
    }

    /** The file after {@code --to} / {@code --from} (or {@code --to=<file>}); every other argument is a setting. */
    private static @Nullable String option(String[] args, String name, List<String> settings) {
        String value = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(name) && i + 1 < args.length) {
                value = args[++i];
            } else if (args[i].startsWith(name + "=")) {
                value = args[i].substring(name.length() + 1);
            } else {
                settings.add(args[i]);
            }
        }
        return value == null || value.isBlank() ? null : value;
    }

    private static boolean isEmptyOrAbsent(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }

    /**
     * Only the application's settings: no web server, no database pool, no job. Not a {@code @Configuration}, so the
     * application's own component scan leaves it out.
     */
    @EnableConfigurationProperties(VientroProperties.class)
    static class Settings {
    }
}
