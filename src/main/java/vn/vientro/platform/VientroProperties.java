package vn.vientro.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deployment settings.
 *
 * @param dataDir        folder holding all state: the embedded database ({@code pg}) and uploaded files ({@code files})
 * @param provinceCode   official code of the province this deployment serves (25 = Phú Thọ since 1 July 2025)
 * @param timeZone       the legal time zone for "today"
 */
@ConfigurationProperties("vientro")
public record VientroProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("25") String provinceCode,
        @DefaultValue("Asia/Ho_Chi_Minh") String timeZone) {

    public Path databaseDir() {
        return dataDir.resolve("pg");
    }

    public Path filesDir() {
        return dataDir.resolve("files");
    }
}
