package io.polydesk.domain.template;

import io.polydesk.domain.shared.Validation;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a template's {@code {{placeholders}}}. Only the names in {@link #PLACEHOLDERS} exist; a template naming
 * any other is refused when it is saved, so applying a stored template never fails or leaves braces behind.
 */
public final class TemplateRenderer {

    public static final Set<String> PLACEHOLDERS =
            Set.of("ticket.number", "ticket.title", "requester.name", "agent.name");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.]+)\\s*}}");

    private TemplateRenderer() {}

    /** Adds one error on {@code field} naming every unknown placeholder in {@code body}. */
    public static void checkPlaceholders(String body, String field, Validation v) {
        if (body == null) {
            return;
        }
        Set<String> unknown = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(body);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        v.check(
                unknown.isEmpty(),
                field,
                "uses unknown placeholders " + unknown + "; known are "
                        + PLACEHOLDERS.stream().sorted().toList());
    }

    /** Replaces each known placeholder with its value (empty when the value is missing). */
    public static String render(String body, Map<String, String> values) {
        Function<String, String> value = name -> {
            String v = values.get(name);
            return v == null ? "" : v;
        };
        Matcher m = PLACEHOLDER.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            m.appendReplacement(
                    out, Matcher.quoteReplacement(PLACEHOLDERS.contains(name) ? value.apply(name) : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
