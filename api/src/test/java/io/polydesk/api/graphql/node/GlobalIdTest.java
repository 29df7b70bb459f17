package io.polydesk.api.graphql.node;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlobalIdTest {

    @Test
    void aGlobalIdRoundTripsAndIsUrlSafe() {
        String encoded = new GlobalId("Ticket", 42).encoded();

        assertThat(encoded).matches("[A-Za-z0-9_-]+").doesNotContain("42");
        assertThat(GlobalId.decode(encoded)).contains(new GlobalId("Ticket", 42));
    }

    @Test
    void numbersAndGarbageAreNotGlobalIds() {
        assertThat(GlobalId.decode("42")).isEmpty();
        assertThat(GlobalId.decode("123456789")).isEmpty();
        assertThat(GlobalId.decode("not a global id")).isEmpty();
        assertThat(GlobalId.decode("%%%%")).isEmpty();
        assertThat(GlobalId.decode(new GlobalId("Ticket", 1).encoded() + "==")).isEmpty();
        assertThat(GlobalId.decode(base64("Ticket:0"))).isEmpty();
        assertThat(GlobalId.decode(base64("Ticket:-3"))).isEmpty();
        assertThat(GlobalId.decode(base64("ticket:3"))).isEmpty();
        assertThat(GlobalId.decode(base64("Ticket:99999999999999999999"))).isEmpty();
        assertThat(GlobalId.decode(null)).isEmpty();
    }

    private static String base64(String text) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes());
    }
}
