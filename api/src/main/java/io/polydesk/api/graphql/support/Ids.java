package io.polydesk.api.graphql.support;

import io.polydesk.api.graphql.node.GlobalId;
import io.polydesk.domain.shared.DomainException;
import java.util.Map;

/**
 * GraphQL IDs are strings on the wire: a global id (see {@link GlobalId}) or, as clients written before global
 * ids send them, the plain positive number. A bad one is the caller's mistake.
 */
public final class Ids {

    /**
     * The type an argument's global id must name, by the argument's last path segment, where the name alone
     * says it; arguments such as {@code id} accept any type's global id and leave the lookup to refuse it.
     */
    private static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("ticketId", "Ticket"),
            Map.entry("endpointId", "WebhookEndpoint"),
            Map.entry("otherTicketId", "Ticket"),
            Map.entry("commentId", "Comment"),
            Map.entry("assetId", "Asset"),
            Map.entry("attachmentId", "Attachment"),
            Map.entry("assigneeId", "User"),
            Map.entry("requesterId", "User"),
            Map.entry("userId", "User"),
            Map.entry("agentId", "User"),
            Map.entry("ownerId", "User"),
            Map.entry("assignedUserId", "User"),
            Map.entry("companyId", "Company"),
            Map.entry("departmentId", "Department"),
            Map.entry("teamId", "Team"),
            Map.entry("teamIds", "Team"),
            Map.entry("teamIdsNot", "Team"),
            Map.entry("typeIds", "TicketType"),
            Map.entry("userGroupId", "UserGroup"),
            Map.entry("projectId", "Project"),
            Map.entry("templateId", "CommentTemplate"),
            Map.entry("taskId", "Task"),
            Map.entry("manufacturerId", "Manufacturer"),
            Map.entry("supplierId", "Supplier"),
            Map.entry("locationId", "Location"),
            Map.entry("businessHoursId", "BusinessHours"));

    private Ids() {}

    /** The numeric id, or null when {@code raw} is null; {@code path} names the argument in the error. */
    public static Long parse(String raw, String path) {
        if (raw == null) {
            return null;
        }
        try {
            long id = Long.parseLong(raw.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // perhaps a global id
        }
        GlobalId global = GlobalId.decode(raw.strip()).orElse(null);
        if (global != null) {
            String expected =
                    EXPECTED.get(path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", ""));
            if (expected == null || expected.equals(global.type())) {
                return global.key();
            }
            throw DomainException.invalid(path, "must be the id of a " + expected + ", got a " + global.type() + "'s");
        }
        throw DomainException.invalid(path, "must be an ID, got '" + abbreviate(raw) + "'");
    }

    /** As {@link #require(String, String)}, refusing a global id of a type other than {@code type}. */
    public static long require(String raw, String path, String type) {
        GlobalId global = raw == null ? null : GlobalId.decode(raw.strip()).orElse(null);
        if (global != null && !global.type().equals(type)) {
            throw DomainException.invalid(path, "must be the id of a " + type + ", got a " + global.type() + "'s");
        }
        return require(raw, path);
    }

    public static long require(String raw, String path) {
        Long id = parse(raw, path);
        if (id == null) {
            throw DomainException.invalid(path, "must be given");
        }
        return id;
    }

    public static String of(long id) {
        return Long.toString(id);
    }

    private static String abbreviate(String raw) {
        return raw.length() <= 40 ? raw : raw.substring(0, 40) + "...";
    }
}
