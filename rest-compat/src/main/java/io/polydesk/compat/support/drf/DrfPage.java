package io.polydesk.compat.support.drf;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.function.Function;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * DRF's page-number envelope, {@code {count, next, previous, results}}. Links keep every other query parameter
 * as the client sent it; page 1 drops {@code page}, as DRF does.
 */
public record DrfPage<T>(long count, String next, String previous, List<T> results) {

    /** How a dialect writes its page links: a path relative to the host, or an absolute URL as DRF's default. */
    public enum Links {
        RELATIVE,
        ABSOLUTE
    }

    /**
     * A page of {@code results} numbered {@code page}, whose links point at {@code path} (as the client reaches it).
     */
    public static <S, T> DrfPage<T> of(
            HttpServletRequest request,
            String path,
            Links links,
            long total,
            int page,
            boolean hasNext,
            List<S> items,
            Function<S, T> converter) {
        return new DrfPage<>(
                total,
                hasNext ? link(request, path, links, page + 1) : null,
                page > 1 ? link(request, path, links, page - 1) : null,
                items.stream().map(converter).toList());
    }

    static String link(HttpServletRequest request, String path, Links links, int page) {
        UriComponentsBuilder link = links == Links.ABSOLUTE
                ? ServletUriComponentsBuilder.fromContextPath(request).replacePath(path)
                : UriComponentsBuilder.fromPath(path);
        link.query(request.getQueryString());
        if (page == 1) {
            link.replaceQueryParam("page");
        } else {
            link.replaceQueryParam("page", page);
        }
        return link.build().toUriString();
    }
}
