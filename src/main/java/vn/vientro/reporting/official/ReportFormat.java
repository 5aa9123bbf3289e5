package vn.vientro.reporting.official;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The files a report is written to: an Excel workbook or a PDF on A4. */
public enum ReportFormat {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PDF("application/pdf", "pdf");

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format named in an address ({@code xlsx}, {@code pdf}), in any case. */
    public static Optional<ReportFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(name == null ? "" : name.strip()))
                .findFirst();
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }
}
