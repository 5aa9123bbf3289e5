package vn.vientro.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import vn.vientro.platform.LargeUploads;

/**
 * Holds each uploaded file to the limit of its path. The servlet container spools every multipart body to disk up to
 * the largest limit of all ({@code spring.servlet.multipart}); most handlers then read their file whole into memory,
 * so a file is refused here, before any handler, when it is larger than {@code vientro.uploads.max-file-size} on a path
 * no module declared as taking larger files ({@link LargeUploads}). The refusal is Spring's own 413, answered as every
 * other (a problem for the API, the error page for pages).
 */
@Component("multipartResolver") // the name the DispatcherServlet looks for; Spring Boot's own resolver backs off
class UploadLimits extends StandardServletMultipartResolver {

    private final long defaultMaxBytes;
    private final Map<String, Long> maxBytesByPath = new HashMap<>();

    UploadLimits(@Value("${vientro.uploads.max-file-size}") DataSize defaultMax, List<LargeUploads> largeUploads) {
        this.defaultMaxBytes = defaultMax.toBytes();
        for (LargeUploads uploads : largeUploads) {
            uploads.paths().forEach(path -> maxBytesByPath.merge(path, uploads.maxBytes(), Math::max));
        }
    }

    @Override
    public MultipartHttpServletRequest resolveMultipart(HttpServletRequest request) throws MultipartException {
        MultipartHttpServletRequest multipart = super.resolveMultipart(request);
        long maxBytes = maxBytesByPath.getOrDefault(request.getRequestURI().substring(request.getContextPath()
                .length()), defaultMaxBytes);
        for (List<MultipartFile> files : multipart.getMultiFileMap().values()) {
            for (MultipartFile file : files) {
                if (file.getSize() > maxBytes) {
                    cleanupMultipart(multipart);
                    throw new MaxUploadSizeExceededException(maxBytes);
                }
            }
        }
        return multipart;
    }
}
