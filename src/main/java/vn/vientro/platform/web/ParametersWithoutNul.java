package vn.vientro.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.vientro.platform.StrictJson;
import vn.vientro.shared.InvalidInputException;

/**
 * Refuses a request whose parameters (query string, form fields, multipart fields and file names) hold a NUL
 * character, before any controller binds them, however it reads them (a form record, a map of fields, a raw
 * parameter): PostgreSQL cannot store one and no one types one, so it only ever comes from a probe. The API answers
 * the validation problem at the parameter; a page, the 400 error page. JSON bodies are {@link StrictJson}'s.
 */
class ParametersWithoutNul implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getDispatcherType() != DispatcherType.REQUEST) {
            return true; // the error page for the refusal sees the same parameters
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (StrictJson.hasNul(name)) {
                throw refused(name);
            }
            for (String value : parameter.getValue()) {
                if (value != null && StrictJson.hasNul(value)) {
                    throw refused(name);
                }
            }
        }
        if (request instanceof MultipartHttpServletRequest multipart) {
            for (Map.Entry<String, MultipartFile> file : multipart.getFileMap().entrySet()) {
                String fileName = file.getValue().getOriginalFilename();
                if (fileName != null && StrictJson.hasNul(fileName)) {
                    throw refused(file.getKey());
                }
            }
        }
        return true;
    }

    private static InvalidInputException refused(String field) {
        return new InvalidInputException(field.replace('\0', '?'), "validation.nul");
    }
}
