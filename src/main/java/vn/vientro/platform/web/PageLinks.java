package vn.vientro.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The address of another page of the list being shown, for the shared pager, sortable headings and page size choice
 * ({@code templates/layout/lists.html}): the current request with only its {@code page}, {@code sort} or {@code size}
 * parameter changed, so every list keeps its filter without spelling its parameters out twice.
 */
@Component("pageLinks")
public class PageLinks {

    /** @param page the page wanted, counted from 0; page 0 drops the parameter */
    public String to(int page) {
        UriComponentsBuilder link = current();
        return (page > 0 ? link.replaceQueryParam("page", page) : link.replaceQueryParam("page"))
                .build().toUriString();
    }

    /** The same list sorted by a column heading's order, from its first page. */
    public String sortedBy(String sort) {
        return current().replaceQueryParam("sort", sort).replaceQueryParam("page").build().toUriString();
    }

    /** The same list with another page size, from its first page. */
    public String sized(int size) {
        return current().replaceQueryParam("size", size).replaceQueryParam("page").build().toUriString();
    }

    private static UriComponentsBuilder current() {
        HttpServletRequest request =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
    }
}
