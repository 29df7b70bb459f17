package io.polydesk.compat.bossdesk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.util.MultiValueMap;

/**
 * The Ransack search parameters of a list request: {@code q[<attribute>_<predicate>]=value} (arrays as
 * {@code q[x_in][]=1&q[x_in][]=2}), {@code q[s]=attribute dir} sorts and {@code q[m]=or}. As Ransack does, blank
 * values are dropped and conditions on attributes outside the resource's allow-list, or with unknown predicates,
 * are ignored.
 */
final class Ransack {

    /** Ransack's predicates, longest first so {@code not_eq} wins over {@code eq}. */
    private static final List<String> PREDICATES = List.of(
                    "does_not_match",
                    "not_i_cont",
                    "not_start",
                    "not_false",
                    "not_cont",
                    "not_true",
                    "not_null",
                    "not_end",
                    "not_eq_any",
                    "not_eq",
                    "not_in",
                    "matches",
                    "present",
                    "i_cont",
                    "eq_any",
                    "cont_any",
                    "in_any",
                    "blank",
                    "false",
                    "start",
                    "cont",
                    "gteq",
                    "lteq",
                    "null",
                    "true",
                    "end",
                    "eq",
                    "gt",
                    "in",
                    "lt")
            .stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();

    record Condition(String attribute, String predicate, List<String> values) {
        String value() {
            return values.get(0);
        }

        /** The value of a boolean predicate ({@code _null}, {@code _true}...): null when it is neither. */
        Boolean flag() {
            return switch (value().toLowerCase(Locale.ROOT)) {
                case "1", "true", "t" -> Boolean.TRUE;
                case "0", "false", "f" -> Boolean.FALSE;
                default -> null;
            };
        }
    }

    record Sort(String attribute, boolean descending) {}

    private final List<Condition> conditions;
    private final List<Sort> sorts;
    private final boolean any;

    private Ransack(List<Condition> conditions, List<Sort> sorts, boolean any) {
        this.conditions = conditions;
        this.sorts = sorts;
        this.any = any;
    }

    static Ransack parse(MultiValueMap<String, String> params, Set<String> attributes) {
        List<String> byLength = attributes.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        List<Condition> conditions = new ArrayList<>();
        List<Sort> sorts = new ArrayList<>();
        boolean any = false;
        for (Map.Entry<String, List<String>> entry : params.entrySet()) {
            String key = entry.getKey();
            if (!key.startsWith("q[") || key.indexOf(']') < 0) {
                continue;
            }
            String name = key.substring(2, key.indexOf(']'));
            List<String> values = entry.getValue().stream()
                    .filter(v -> v != null && !v.isBlank())
                    .map(String::strip)
                    .toList();
            if (values.isEmpty()) {
                continue;
            }
            switch (name) {
                case "m" -> any = values.get(0).equalsIgnoreCase("or");
                case "s" -> values.forEach(v -> sorts.add(sort(v)));
                default -> condition(name, values, byLength, conditions);
            }
        }
        return new Ransack(List.copyOf(conditions), List.copyOf(sorts), any);
    }

    private static void condition(String name, List<String> values, List<String> attributes, List<Condition> out) {
        for (String attribute : attributes) {
            if (!name.startsWith(attribute + "_")) {
                continue;
            }
            String predicate = name.substring(attribute.length() + 1);
            if (PREDICATES.contains(predicate)) {
                out.add(new Condition(attribute, predicate, values));
                return;
            }
        }
    }

    private static Sort sort(String value) {
        String[] parts = value.split("\\s+");
        boolean descending = parts.length > 1 && parts[1].equalsIgnoreCase("desc");
        return new Sort(parts[0], descending);
    }

    List<Condition> conditions() {
        return conditions;
    }

    List<Sort> sorts() {
        return sorts;
    }

    /** {@code q[m]=or}: a row matches when any condition holds. */
    boolean any() {
        return any;
    }
}
