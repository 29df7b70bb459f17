package io.polydesk.persistence.savedsearch;

import java.util.ArrayList;
import java.util.List;

/**
 * The list columns of a saved filter: ids comma-separated, and names comma-separated with a backslash before each
 * comma or backslash they hold, since tag names may contain both. An empty list is NULL: it does not filter.
 */
final class FilterLists {

    private FilterLists() {}

    static String joinIds(List<Long> ids) {
        return ids.isEmpty()
                ? null
                : String.join(",", ids.stream().map(String::valueOf).toList());
    }

    static List<Long> splitIds(String column) {
        return column == null || column.isEmpty()
                ? List.of()
                : List.of(column.split(",")).stream().map(Long::valueOf).toList();
    }

    static String joinNames(List<String> names) {
        if (names.isEmpty()) {
            return null;
        }
        StringBuilder joined = new StringBuilder();
        for (String name : names) {
            if (!joined.isEmpty()) {
                joined.append(',');
            }
            joined.append(name.replace("\\", "\\\\").replace(",", "\\,"));
        }
        return joined.toString();
    }

    static List<String> splitNames(String column) {
        if (column == null || column.isEmpty()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < column.length(); i++) {
            char c = column.charAt(i);
            if (c == '\\' && i + 1 < column.length()) {
                name.append(column.charAt(++i));
            } else if (c == ',') {
                names.add(name.toString());
                name.setLength(0);
            } else {
                name.append(c);
            }
        }
        names.add(name.toString());
        return names;
    }
}
