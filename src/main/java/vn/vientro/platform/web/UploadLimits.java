package vn.vientro.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.util.UrlPathHelper;
import tools.jackson.databind.json.JsonMapper;
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
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final long defaultMaxBytes;
    private final Map<String, Long> maxBytesByPath = new HashMap<>();
    private final MessageSource messages;
    private final Map<String, String> forPages = new ConcurrentHashMap<>();

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

    /** The refusal's words. */
    String tooLarge(long maxBytes, Locale locale) {
        return messages.getMessage("problem.upload.tooLarge", new Object[] {size(maxBytes)}, locale);
    }

    /**
     * The limits as a page's script reads them (JSON): the default and each larger path's (with the context path, as
     * a form's action has it), each in bytes and with the words a file field says when its file is larger.
     */
    String forPages(String contextPath, Locale locale) {
        // every signed-in page asks: written once for each context path and language
        return forPages.computeIfAbsent(contextPath + "|" + locale.toLanguageTag(),
                unused -> writeForPages(contextPath, locale));
    }

    private String writeForPages(String contextPath, Locale locale) {
        Map<String, Object> paths = new HashMap<>();
        maxBytesByPath.forEach((path, maxBytes) -> paths.put(contextPath + path, forPage(maxBytes, locale)));
        return JSON.writeValueAsString(Map.of("default", forPage(defaultMaxBytes, locale), "paths", paths));
    }

    private Map<String, Object> forPage(long maxBytes, Locale locale) {
        return Map.of("bytes", maxBytes, "message",
                messages.getMessage("upload.tooLarge.field", new Object[] {size(maxBytes)}, locale));
    }

    /** A limit in whole megabytes where it is some, else in kilobytes. */
    private static String size(long maxBytes) {
        return maxBytes >= MB && maxBytes % MB == 0 ? maxBytes / MB + " MB" : Math.max(1, maxBytes / 1024) + " KB";
    }
}
