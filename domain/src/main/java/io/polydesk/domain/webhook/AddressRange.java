package io.polydesk.domain.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** One allow-list entry that is an address or a CIDR range ({@code 10.1.0.0/16}, {@code fd00::/8}). */
record AddressRange(byte[] network, int prefix) {

    static boolean looksLikeRange(String entry) {
        return entry.contains("/")
                || entry.contains(":")
                || entry.chars().allMatch(c -> c == '.' || Character.isDigit(c));
    }

    static AddressRange parse(String entry) {
        String[] parts = entry.split("/", 2);
        try {
            byte[] network = InetAddress.getByName(parts[0].replace("[", "").replace("]", ""))
                    .getAddress();
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("bad prefix in polydesk.webhooks.allowed-hosts entry " + entry);
            }
            return new AddressRange(network, prefix);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("polydesk.webhooks.allowed-hosts entry " + entry + " is not an address");
        }
    }

    boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        for (int bit = 0; bit < prefix; bit++) {
            int mask = 0x80 >> (bit % 8);
            if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }
}
