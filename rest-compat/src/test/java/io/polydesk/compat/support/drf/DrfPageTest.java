package io.polydesk.compat.support.drf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Page links keep the client's other parameters, drop {@code page} for page 1, and are relative or absolute. */
class DrfPageTest {

    private static MockHttpServletRequest request() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/helpdesk/api/tickets/");
        request.setServerName("desk.example.com");
        request.setServerPort(8080);
        request.setQueryString("status=1&page=2");
        return request;
    }

    @Test
    void relativeLinksKeepTheOtherParameters() {
        DrfPage<String> page = DrfPage.of(
                request(),
                "/helpdesk/api/tickets/",
                DrfPage.Links.RELATIVE,
                45,
                2,
                true,
                List.of(1, 2),
                String::valueOf);

        assertThat(page.count()).isEqualTo(45);
        assertThat(page.next()).isEqualTo("/helpdesk/api/tickets/?status=1&page=3");
        assertThat(page.previous()).isEqualTo("/helpdesk/api/tickets/?status=1");
        assertThat(page.results()).containsExactly("1", "2");
    }

    @Test
    void absoluteLinksNameTheHostAndTheEndsAreNull() {
        DrfPage<String> page = DrfPage.of(
                request(), "/helpdesk/api/tickets/", DrfPage.Links.ABSOLUTE, 2, 1, true, List.of("a"), s -> s);

        assertThat(page.next()).isEqualTo("http://desk.example.com:8080/helpdesk/api/tickets/?status=1&page=2");
        assertThat(page.previous()).isNull();
    }
}
