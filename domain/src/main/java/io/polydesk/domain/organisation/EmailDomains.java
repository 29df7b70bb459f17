package io.polydesk.domain.organisation;

import io.polydesk.domain.shared.Validation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Normalises and checks the e-mail domains of a company: lower case, no duplicates, host names only. */
final class EmailDomains {

    static final int MAX_COUNT = 20;
    private static final Pattern DOMAIN =
            Pattern.compile("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");

    private EmailDomains() {}

    static List<String> normalise(List<String> domains) {
        if (domains == null) {
            return List.of();
        }
        Set<String> unique = new LinkedHashSet<>();
        for (String d : domains) {
            if (d != null && !d.isBlank()) {
                String domain = d.strip().toLowerCase(Locale.ROOT);
                unique.add(domain.startsWith("@") ? domain.substring(1) : domain);
            }
        }
        return new ArrayList<>(unique);
    }

    static void check(List<String> normalised, String field, Validation v) {
        v.check(normalised.size() <= MAX_COUNT, field, "must list at most " + MAX_COUNT + " domains");
        for (String d : normalised) {
            if (!DOMAIN.matcher(d).matches()) {
                v.add(field, "'" + (d.length() > 60 ? d.substring(0, 60) + "..." : d) + "' is not a domain name");
            }
        }
    }
}
