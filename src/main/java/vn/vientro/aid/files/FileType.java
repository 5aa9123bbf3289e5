package vn.vientro.aid.files;

import java.util.EnumSet;
import java.util.Set;

/** The kinds of file the aid module keeps, as recognised from their content. */
public enum FileType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg");

    /** Scans of signed papers: a PDF or a picture. */
    public static final Set<FileType> SCANS = EnumSet.of(PDF, PNG, JPEG);
    public static final Set<FileType> ALL = EnumSet.allOf(FileType.class);

    private final String mediaType;
    private final String extension;

    FileType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static FileType ofMediaType(String mediaType) {
        for (FileType type : values()) {
            if (type.mediaType.equals(mediaType)) {
                return type;
            }
        }
        throw new IllegalArgumentException("not a kept file type: " + mediaType);
    }
}
