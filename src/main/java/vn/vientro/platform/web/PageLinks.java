package vn.vientro.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The address of another page of the list being shown, for the shared pager ({@code templates/layout/lists.html}):
 * the current request with only its {@code page} parameter changed, so every list keeps its filter without spelling
 * its parameters out twice.
 */
@Component("pageLinks")
public class PageLinks {

    /** @param page the page wanted, counted from 0; page 0 drops the parameter */
    public String to(int page) {
        HttpServletRequest request =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString());
        return (page > 0 ? link.replaceQueryParam("page", page) : link.replaceQueryParam("page"))
                .build().toUriString();
    }
}
