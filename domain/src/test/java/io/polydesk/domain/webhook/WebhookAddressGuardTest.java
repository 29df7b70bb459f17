package io.polydesk.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polydesk.domain.shared.DomainException;
import io.polydesk.domain.webhook.WebhookAddressGuard.AddressRefused;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookAddressGuardTest {

    /** A resolver that knows a few names, as DNS would answer them. */
    private static final Map<String, String[]> DNS = Map.of(
            "hooks.example.com", new String[] {"93.184.215.14"},
            "rebinding.example.com", new String[] {"93.184.215.14", "10.0.0.5"},
            "internal.corp", new String[] {"10.20.30.40"},
            "metadata.google.internal", new String[] {"169.254.169.254"});

    private static WebhookAddressGuard guard(List<String> allowed) {
        return new WebhookAddressGuard(allowed, host -> {
            String[] answers = DNS.get(host);
            if (answers == null) {
                return InetAddress.getAllByName(host); // literals only: no name leaves this test
            }
            InetAddress[] addresses = new InetAddress[answers.length];
            for (int i = 0; i < answers.length; i++) {
                addresses[i] = InetAddress.getByName(answers[i]);
            }
            return addresses;
        });
    }

    private static InetAddress ip(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }

    @Test
    void loopbackPrivateLinkLocalUniqueLocalAndReservedAddressesAreInternal() throws Exception {
        for (String internal : List.of(
                "127.0.0.1",
                "127.9.9.9",
                "0.0.0.0",
                "10.1.2.3",
                "172.16.0.1",
                "172.31.255.255",
                "192.168.0.1",
                "169.254.169.254",
                "100.64.0.1",
                "100.100.100.200",
                "192.0.0.8",
                "198.18.0.1",
                "224.0.0.1",
                "255.255.255.255",
                "::",
                "::1",
                "fe80::1",
                "fc00::1",
                "fd00:ec2::254",
                "::ffff:127.0.0.1",
                "::ffff:10.0.0.1",
                "64:ff9b::a00:1",
                "2002:a00:1::",
                "2001:db8::1")) {
            assertThat(WebhookAddressGuard.isInternal(ip(internal)))
                    .as(internal)
                    .isTrue();
        }
        for (String external :
                List.of("93.184.215.14", "8.8.8.8", "172.32.0.1", "2606:4700::1111", "64:ff9b::808:808")) {
            assertThat(WebhookAddressGuard.isInternal(ip(external)))
                    .as(external)
                    .isFalse();
        }
    }

    @Test
    void aNameIsCheckedOnEveryAddressItResolvesTo() throws Exception {
        WebhookAddressGuard guard = guard(List.of());
        assertThat(guard.resolve(URI.create("https://hooks.example.com/x")).getHostAddress())
                .isEqualTo("93.184.215.14");
        assertThatThrownBy(() -> guard.resolve(URI.create("https://rebinding.example.com/x")))
                .isInstanceOf(AddressRefused.class)
                .hasMessageContaining("10.0.0.5");
        assertThatThrownBy(() -> guard.resolve(URI.create("http://metadata.google.internal/computeMetadata/v1/")))
                .isInstanceOf(AddressRefused.class)
                .hasMessageContaining("169.254.169.254");
    }

    @Test
    void theAllowListNamesHostsAddressesOrRanges() throws Exception {
        WebhookAddressGuard guard = guard(List.of("internal.corp", "127.0.0.1", "192.168.10.0/24", "fd12::/16"));
        assertThat(guard.resolve(URI.create("http://internal.corp/x"))).isEqualTo(ip("10.20.30.40"));
        assertThat(guard.resolve(URI.create("http://127.0.0.1:8080/x"))).isEqualTo(ip("127.0.0.1"));
        assertThat(guard.resolve(URI.create("http://192.168.10.77/x"))).isEqualTo(ip("192.168.10.77"));
        assertThat(guard.resolve(URI.create("http://[fd12::5]/x"))).isEqualTo(ip("fd12::5"));
        assertThatThrownBy(() -> guard.resolve(URI.create("http://127.0.0.2/x")))
                .isInstanceOf(AddressRefused.class);
        assertThatThrownBy(() -> guard.resolve(URI.create("http://192.168.11.1/x")))
                .isInstanceOf(AddressRefused.class);
    }

    @Test
    void registrationRefusesWhatIsNotAnHttpUrlWithAClearReason() {
        WebhookAddressGuard guard = guard(List.of());
        assertThat(guard.checkRegistration("https://hooks.example.com/polydesk?x=1", "url"))
                .hasToString("https://hooks.example.com/polydesk?x=1");
        Map<String, String> refused = Map.of(
                "ftp://hooks.example.com/",
                "http or https",
                "hooks.example.com/x",
                "http or https",
                "https:///x",
                "must name a host",
                "https://u:p@hooks.example.com/",
                "credentials",
                "https://hooks.example.com/#top",
                "fragment",
                "http://exa mple.com/",
                "not a valid URL",
                "https://internal.corp/",
                "internal address",
                "https://" + "a".repeat(2100) + ".com/",
                "at most 2048");
        refused.forEach((url, reason) -> assertThatThrownBy(() -> guard.checkRegistration(url, "url"))
                .as(url)
                .isInstanceOf(DomainException.class)
                .hasMessageContaining(reason));
    }
}
