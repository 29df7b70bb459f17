package io.polydesk.compat.bossdesk.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The entries of the lookup lists ({@code /ci_statuses}, {@code /teams}...); times Polydesk does not keep are null. */
public final class Lookups {

    private Lookups() {}

    /** CI statuses, extended statuses, task types, teams, groups. */
    public record Named(
            long id,
            String name,
            @JsonProperty("created_at") String createdAt,
            @JsonProperty("updated_at") String updatedAt) {}

    /** CI types and locations: trees. */
    public record TreeNode(
            long id,
            @JsonProperty("parent_id") Long parentId,
            String name,
            String icon,
            @JsonProperty("created_at") String createdAt,
            @JsonProperty("updated_at") String updatedAt) {}

    public record CustomField(
            long id,
            String name,
            @JsonProperty("owner_class") String ownerClass,
            @JsonProperty("type_id") int typeId,
            boolean required,
            int position,
            @JsonProperty("ci_type") NamedRef ciType,
            @JsonProperty("helpdesk_category") NamedRef helpdeskCategory,
            List<NamedRef> options,
            @JsonProperty("created_at") String createdAt,
            @JsonProperty("updated_at") String updatedAt) {}

    public record Category(
            long id,
            String name,
            String color,
            String icon,
            @JsonProperty("created_at") String createdAt,
            @JsonProperty("updated_at") String updatedAt,
            List<NamedRef> teams) {}

    public record Priority(
            long id,
            String name,
            String color,
            int level,
            @JsonProperty("created_at") String createdAt,
            @JsonProperty("updated_at") String updatedAt) {}

    public record Tag(
            long id,
            String name,
            @JsonProperty("owner_class") String ownerClass,
            @JsonProperty("created_at") String createdAt,
            @JsonProperty("updated_at") String updatedAt) {}

    public record TicketType(
            long id,
            String name,
            String shortcut,
            @JsonProperty("created_at") String createdAt,
            @JsonProperty("updated_at") String updatedAt) {}

    public record Manufacturer(
            long id,
            String name,
            @JsonProperty("updated_at") String updatedAt) {}

    public record Search(
            long id,
            String name,
            @JsonProperty("created_at") String createdAt,
            @JsonProperty("updated_at") String updatedAt,
            @JsonProperty("owner_class") String ownerClass,
            @JsonProperty("my_search") boolean mySearch) {}
}
