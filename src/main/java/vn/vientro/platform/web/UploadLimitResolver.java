package vn.vientro.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * Holds each file of a multipart request to its path's limit ({@link UploadLimits}) before any handler reads it: the
 * container spooled it to disk up to the largest limit of all. Spring Boot's own resolver backs off for this bean, so
 * its settings are applied here; a lazily resolved request is parsed at once all the same, to check its files. A
 * refused request's files are deleted, as the DispatcherServlet does not clean up after a resolver that throws.
 */
@Component("multipartResolver") // the name the DispatcherServlet looks for
class UploadLimitResolver extends StandardServletMultipartResolver {

    private final UploadLimits limits;

    UploadLimitResolver(UploadLimits limits, MultipartProperties properties) {
        this.limits = limits;
        setResolveLazily(properties.isResolveLazily());
        setStrictServletCompliance(properties.isStrictServletCompliance());
    }

    @Override
    public MultipartHttpServletRequest resolveMultipart(HttpServletRequest request) throws MultipartException {
        MultipartHttpServletRequest multipart = super.resolveMultipart(request);
        if (request.getDispatcherType() != DispatcherType.REQUEST) {
            return multipart; // an error page's dispatch: the request's own path was held to its limit, or refused
        }
        long maxBytes = limits.maxBytes(request);
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
