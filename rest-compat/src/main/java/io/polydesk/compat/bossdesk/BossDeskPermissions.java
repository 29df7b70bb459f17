package io.polydesk.compat.bossdesk;

import io.polydesk.compat.bossdesk.dto.NamedRef;
import io.polydesk.domain.shared.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code permissions} map of {@code POST /sessions}, derived from the Polydesk role: what the domain lets
 * that role do, per BOSSDesk resource. It informs clients; the domain still decides every request.
 */
final class BossDeskPermissions {

    static final NamedRef ADMINISTRATOR = new NamedRef(1, "Administrator");
    static final NamedRef TECHNICIAN = new NamedRef(2, "Technician");

    private static final List<String> READ = List.of("index", "show");
    private static final List<String> WORK = List.of("index", "show", "create", "update");
    private static final List<String> ALL = List.of("index", "show", "create", "update", "destroy");
    private static final List<String> LOOKUPS = List.of(
            "ci_statuses",
            "ci_types",
            "custom_fields",
            "groups",
            "helpdesk_categories",
            "helpdesk_extended_statuses",
            "helpdesk_priorities",
            "locations",
            "manufacturers",
            "tags",
            "task_types",
            "teams",
            "ticket_types");

    private BossDeskPermissions() {}

    static Map<String, List<String>> of(Role role) {
        Map<String, List<String>> permissions = new LinkedHashMap<>();
        switch (role) {
            case ADMIN -> {
                permissions.put("tickets", WORK);
                permissions.put("tasks", ALL);
                permissions.put("time_entries", ALL);
                permissions.put("users", WORK);
                permissions.put("cis", ALL);
                permissions.put("searches", READ);
                LOOKUPS.forEach(l -> permissions.put(l, List.of("manage")));
            }
            case AGENT -> {
                permissions.put("tickets", WORK);
                permissions.put("tasks", ALL);
                permissions.put("time_entries", ALL);
                permissions.put("users", READ);
                permissions.put("cis", ALL);
                permissions.put("searches", READ);
                LOOKUPS.forEach(l -> permissions.put(l, READ));
            }
            case CUSTOMER -> permissions.put("my_tickets", WORK);
        }
        return permissions;
    }
}
