package io.polydesk.domain.webhook;

import io.polydesk.domain.shared.DomainException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * The SSRF guard: webhook URLs are http(s) to hosts that resolve only to public addresses, unless {@code
 * polydesk.webhooks.allowed-hosts} names the host, the address or its range. Checked when a URL is registered
 * and again at every connect, on the addresses the connection then uses (a name may resolve elsewhere later).
 */
public final class WebhookAddressGuard {

    /** Name resolution, replaceable in tests; the JDK's by default. */
    public interface HostResolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** The connection may not be made; the message says why, for the delivery log or the registering admin. */
    public static final class AddressRefused extends Exception {
        public AddressRefused(String message) {
            super(message, null, false, false);
        }
    }

    static final int MAX_URL_LENGTH = 2048;

    private final List<String> allowedNames;
    private final List<AddressRange> allowedRanges;
    private final HostResolver resolver;

    public WebhookAddressGuard(List<String> allowedHosts, HostResolver resolver) {
        this.allowedNames = allowedHosts.stream()
                .map(String::strip)
                .filter(h -> !h.isEmpty() && !AddressRange.looksLikeRange(h))
                .map(h -> h.toLowerCase(Locale.ROOT))
                .toList();
        this.allowedRanges = allowedHosts.stream()
                .map(String::strip)
                .filter(AddressRange::looksLikeRange)
                .map(AddressRange::parse)
                .toList();
        this.resolver = resolver;
    }

    public WebhookAddressGuard(List<String> allowedHosts) {
        this(allowedHosts, InetAddress::getAllByName);
    }

    /** A registered URL, checked: well formed, http or https, no credentials, and its host allowed right now. */
    public URI checkRegistration(String url, String field) {
        URI uri = parse(url, field);
        try {
            resolve(uri);
        } catch (AddressRefused e) {
            throw DomainException.invalid(field, e.getMessage());
        }
        return uri;
    }

    /** The address to connect to for {@code uri}: resolved now, every answer checked, the first one used. */
    public InetAddress resolve(URI uri) throws AddressRefused {
        String host = bareHost(uri);
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new AddressRefused("host " + host + " does not resolve");
        }
        if (addresses.length == 0) {
            throw new AddressRefused("host " + host + " does not resolve");
        }
        boolean nameAllowed = allowedNames.contains(host.toLowerCase(Locale.ROOT));
        for (InetAddress address : addresses) {
            if (!nameAllowed && isInternal(address) && allowedRanges.stream().noneMatch(r -> r.contains(address))) {
                throw new AddressRefused("host " + host + " resolves to " + address.getHostAddress()
                        + ", an internal address (loopback, private, link-local or reserved); "
                        + "polydesk.webhooks.allowed-hosts can allow it");
            }
        }
        return addresses[0];
    }

    /** The host without IPv6 brackets. */
    public static String bareHost(URI uri) {
        String host = uri.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    static URI parse(String url, String field) {
        if (url == null || url.isBlank()) {
            throw DomainException.invalid(field, "must not be blank");
        }
        if (url.length() > MAX_URL_LENGTH) {
            throw DomainException.invalid(field, "must be at most " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw DomainException.invalid(field, "is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
            throw DomainException.invalid(field, "must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw DomainException.invalid(field, "must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw DomainException.invalid(field, "must not carry credentials");
        }
        if (uri.getRawFragment() != null) {
            throw DomainException.invalid(field, "must not have a fragment");
        }
        return uri;
    }

    /** Loopback, private, link-local (cloud metadata), unique-local, multicast and the other reserved blocks. */
    static boolean isInternal(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isReservedV4(b);
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return true; // fc00::/7 unique local, fd00:ec2::254 among them
            }
            if (embedsV4(b) || isNat64(b)) {
                return isInternal(v4(b, 12));
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
                return isInternal(v4(b, 2)); // 2002::/16, 6to4
            }
            return (b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8;
        }
        return true;
    }

    private static boolean isReservedV4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        return a0 == 0
                || (a0 == 100 && (a1 & 0xc0) == 64) // 100.64.0.0/10 carrier-grade NAT, some clouds' metadata
                || (a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2))
                || (a0 == 198 && (a1 == 18 || a1 == 19))
                || (a0 == 198 && a1 == 51 && a2 == 100)
                || (a0 == 203 && a1 == 0 && a2 == 113)
                || a0 >= 240;
    }

    /** ::/96 (IPv4-compatible) and ::ffff:0:0/96 (IPv4-mapped). */
    private static boolean embedsV4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] == 0 && b[11] == 0) || ((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff);
    }

    /** 64:ff9b::/96, the NAT64 prefix that reaches an IPv4 address. */
    private static boolean isNat64(byte[] b) {
        if (b[0] != 0 || (b[1] & 0xff) != 0x64 || (b[2] & 0xff) != 0xff || (b[3] & 0xff) != 0x9b) {
            return false;
        }
        for (int i = 4; i < 12; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress v4(byte[] b, int from) {
        try {
            return InetAddress.getByAddress(new byte[] {b[from], b[from + 1], b[from + 2], b[from + 3]});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are an IPv4 address", e);
        }
    }
}
