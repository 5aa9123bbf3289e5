package vn.vientro.reporting.official;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a report file written in the background is kept for its owner to download (the job and the file are then
 * deleted; the report can be written again at any time), and when the deletion runs.
 */
@ConfigurationProperties("vientro.reporting.files")
record ReportFileSettings(@DefaultValue("24h") Duration keepFor) {
}
