package io.polydesk.compat.ticketingv1;

import io.polydesk.compat.support.QueryParams;
import io.polydesk.compat.ticketingv1.dto.PageEnvelope;
import io.polydesk.compat.ticketingv1.dto.Pagination;
import io.polydesk.domain.shared.OffsetPage;
import io.polydesk.domain.shared.Page;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code page} (default 1) and {@code per_page} (default 20, larger values clamped to 100) in, the document's
 * {@code {data, pagination}} out. Links keep the request's other parameters and are relative, below the base path.
 */
final class TicketingPaging {

    static final int DEFAULT_PER_PAGE = 20;
    static final int MAX_PER_PAGE = 100;

    private TicketingPaging() {}

    static OffsetPage read(QueryParams query) {
        int page = query.integer("page", 1, 1);
        int perPage = Math.min(query.integer("per_page", DEFAULT_PER_PAGE, 1), MAX_PER_PAGE);
        return new OffsetPage(page, perPage);
    }

    static <T> PageEnvelope<T> envelope(HttpServletRequest request, String path, Page<?> page, List<T> data) {
        int perPage = page.request().size();
        int current = page.request().page();
        int last = (int) Math.max(1, (page.total() + perPage - 1) / perPage);
        String next = current < last ? link(request, path, current + 1) : null;
        String prev = current > 1 ? link(request, path, Math.min(current - 1, last)) : null;
        return new PageEnvelope<>(data, new Pagination(page.total(), perPage, current, last, next, prev));
    }

    private static String link(HttpServletRequest request, String path, int page) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path)
                .query(request.getQueryString())
                .replaceQueryParam("page", page);
        try {
            return link.build(true).toUriString();
        } catch (IllegalArgumentException notEncoded) {
            // Some clients send spaces or other raw characters in the query; the link is then encoded afresh.
            return link.build().encode().toUriString();
        }
    }
}
