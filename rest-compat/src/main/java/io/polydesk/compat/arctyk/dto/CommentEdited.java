package io.polydesk.compat.arctyk.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The 200 body of {@code PATCH /tickets/<id>/comments/<cid>/}, with every earlier version, oldest first. */
public record CommentEdited(
        long id,
        String content,
        @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("edit_count") int editCount,
        @JsonProperty("edit_history") List<EditEntry> editHistory) {

    /** One earlier version of the comment and when it was replaced. */
    public record EditEntry(
            @JsonProperty("edited_at") String editedAt,
            @JsonProperty("previous_content") String previousContent) {}
}
