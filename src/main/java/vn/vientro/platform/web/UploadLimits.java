package vn.vientro.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.util.UrlPathHelper;
import vn.vientro.platform.LargeUploads;

/**
 * The size limit of an upload's file by its path: {@code vientro.uploads.max-file-size} (most handlers read their file
 * whole into memory) unless the module serving the path declared a larger one ({@link LargeUploads}). The request's
 * length is held to it before anything reads the body ({@link UploadSizeFilter}), and each file to it when the body is
 * parsed ({@link UploadLimitResolver}). The servlet container's own limit must be at least the largest: checked at
 * startup.
 */
@Component
class UploadLimits {

    private static final long MB = 1024 * 1024;

    private final long defaultMaxBytes;
    private final Map<String, Long> maxBytesByPath = new HashMap<>();
    private final MessageSource messages;

    UploadLimits(@Value("${vientro.uploads.max-file-size}") DataSize defaultMax, List<LargeUploads> largeUploads,
                 MultipartProperties container, MessageSource messages) {
        this.defaultMaxBytes = defaultMax.toBytes();
        this.messages = messages;
        for (LargeUploads uploads : largeUploads) {
            uploads.paths().forEach(path -> maxBytesByPath.merge(path, uploads.maxBytes(), Math::max));
        }
        long largest = maxBytesByPath.values().stream().reduce(defaultMaxBytes, Math::max);
        long containers = container.getMaxFileSize().toBytes();
        if (containers >= 0 && containers < largest) {
            throw new IllegalStateException("spring.servlet.multipart.max-file-size (" + containers + " bytes) is below "
                    + "the largest upload limit (" + largest + " bytes): the container would refuse files a path takes");
        }
    }

    /** The largest file the request's path takes (its path within the application, decoded, without parameters). */
    long maxBytes(HttpServletRequest request) {
        return maxBytesByPath.getOrDefault(UrlPathHelper.defaultInstance.getPathWithinApplication(request),
                defaultMaxBytes);
    }

    /** The refusal's words: the limit, in whole megabytes where it is some, else in kilobytes. */
    String tooLarge(long maxBytes, Locale locale) {
        String size = maxBytes >= MB && maxBytes % MB == 0 ? maxBytes / MB + " MB"
                : Math.max(1, maxBytes / 1024) + " KB";
        return messages.getMessage("problem.upload.tooLarge", new Object[] {size}, locale);
    }
}
