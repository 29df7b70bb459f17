package io.polydesk.domain.knowledge;

import io.polydesk.domain.shared.Change;
import io.polydesk.domain.shared.Validation;

/** Commands on the knowledge base; each checks its own fields when built. */
public final class KnowledgeCommands {

    static final int TITLE_MAX = 255;
    static final int BODY_MAX = 1_000_000;
    static final int NAME_MAX = 200;

    private KnowledgeCommands() {}

    public record CreateArticle(String title, String body, Long categoryId, boolean isPublic) {

        public CreateArticle {
            title = title == null ? null : title.strip();
            new Validation()
                    .required(title, "title")
                    .maxLength(title, TITLE_MAX, "title")
                    .required(body, "body")
                    .maxLength(body, BODY_MAX, "body")
                    .throwIfInvalid();
        }
    }

    /** Omitted fields stay as they are; {@code lockVersion} is the version the editor started from. */
    public record UpdateArticle(
            long id,
            int lockVersion,
            Change<String> title,
            Change<String> body,
            Change<Long> categoryId,
            Change<Boolean> isPublic) {

        public UpdateArticle {
            title = title.map(String::strip);
            Validation v = new Validation();
            if (title.isPresent()) {
                v.required(title.value(), "title").maxLength(title.value(), TITLE_MAX, "title");
            }
            if (body.isPresent()) {
                v.required(body.value(), "body").maxLength(body.value(), BODY_MAX, "body");
            }
            v.check(!isPublic.isPresent() || isPublic.value() != null, "public", "must not be null");
            v.throwIfInvalid();
        }
    }

    public record CreateCategory(String name, Long parentId, Integer sortOrder) {

        public CreateCategory {
            name = name == null ? null : name.strip();
            new Validation()
                    .required(name, "name")
                    .maxLength(name, NAME_MAX, "name")
                    .check(sortOrder == null || sortOrder >= 0, "sortOrder", "must be 0 or more")
                    .throwIfInvalid();
        }
    }

    /** Rename, move (a null parent moves it to the top level) or reorder; omitted fields stay as they are. */
    public record UpdateCategory(long id, Change<String> name, Change<Long> parentId, Change<Integer> sortOrder) {

        public UpdateCategory {
            name = name.map(String::strip);
            Validation v = new Validation();
            if (name.isPresent()) {
                v.required(name.value(), "name").maxLength(name.value(), NAME_MAX, "name");
            }
            v.check(
                    !sortOrder.isPresent() || (sortOrder.value() != null && sortOrder.value() >= 0),
                    "sortOrder",
                    "must be 0 or more");
            v.throwIfInvalid();
        }
    }
}
