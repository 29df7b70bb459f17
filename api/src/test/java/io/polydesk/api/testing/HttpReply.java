package io.polydesk.api.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;

/** One answer of a test HTTP call: status, headers and the body, parsed when it is JSON; each dialect adds its own readers. */
public interface HttpReply<R extends HttpReply<R>> {

    int status();

    HttpResponse<String> raw();

    default JsonNode json() {
        return HttpTestClient.JSON.readTree(raw().body());
    }

    default String header(String name) {
        return raw().headers().firstValue(name).orElse(null);
    }

    /** Fails with the request and the body when the status is not the expected one. */
    @SuppressWarnings("unchecked")
    default R expect(int expected) {
        assertThat(status())
                .as("%s %s -> %s", raw().request().method(), raw().request().uri(), raw().body())
                .isEqualTo(expected);
        return (R) this;
    }
}
