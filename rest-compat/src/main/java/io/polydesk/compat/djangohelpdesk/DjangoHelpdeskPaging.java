package io.polydesk.compat.djangohelpdesk;

import io.polydesk.compat.support.RequestRejected;
import io.polydesk.compat.support.drf.DrfPage;
import io.polydesk.domain.shared.OffsetPage;
import io.polydesk.domain.shared.Page;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;

/**
 * django-helpdesk's ConservativePagination (DRF page numbers): {@code page_size} 25 unless a positive whole number
 * is given (Polydesk stops at {@link OffsetPage#MAX_SIZE}), {@code page=last}, and {@code Invalid page.} for a page
 * that is not a number or lies past the end. Links are absolute, on the path the client asked.
 */
final class DjangoHelpdeskPaging {

    static final int PAGE_SIZE = 25;

    private DjangoHelpdeskPaging() {}

    /** Loads the page the parameters ask for with {@code load} and wraps it in DRF's envelope. */
    static <S, T> DrfPage<T> page(
            HttpServletRequest request,
            MultiValueMap<String, String> params,
            IntFunction<Page<S>> loadPageOfSize,
            Function<OffsetPage, Page<S>> load,
            Function<List<S>, List<T>> convert) {
        int size = size(params.getFirst("page_size"));
        String asked = params.getFirst("page");
        int number;
        if (asked != null && asked.equals("last")) {
            long total = loadPageOfSize.apply(size).total();
            number = (int) Math.max(1, (total + size - 1) / size);
        } else {
            number = number(asked);
        }
        Page<S> page = load.apply(new OffsetPage(number, size));
        if (number > 1 && page.items().isEmpty()) {
            throw invalidPage();
        }
        return DrfPage.of(
                request,
                request.getRequestURI(),
                DrfPage.Links.ABSOLUTE,
                page.total(),
                number,
                page.hasNext(),
                convert.apply(page.items()),
                Function.identity());
    }

    private static int size(String asked) {
        try {
            int size = Integer.parseInt(asked == null ? "" : asked.strip());
            return size > 0 ? Math.min(size, OffsetPage.MAX_SIZE) : PAGE_SIZE;
        } catch (NumberFormatException e) {
            return PAGE_SIZE;
        }
    }

    private static int number(String asked) {
        if (asked == null || asked.isBlank()) {
            return 1;
        }
        try {
            int number = Integer.parseInt(asked.strip());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw invalidPage();
    }

    private static RequestRejected invalidPage() {
        return RequestRejected.message(HttpStatus.NOT_FOUND, "Invalid page.");
    }
}
