package vn.vientro.platform;

import java.util.List;

/**
 * Upload paths that take larger files than every other upload ({@code vientro.uploads.max-file-size}), declared by the
 * module that serves them and reads their files as streams, never whole into memory. The servlet container's own limit
 * ({@code spring.servlet.multipart.max-file-size}) must be at least the largest of them.
 */
public interface LargeUploads {

    /** The paths, exactly as requested (no patterns), whose multipart files may be as large as {@link #maxBytes()}. */
    List<String> paths();

    long maxBytes();
}
