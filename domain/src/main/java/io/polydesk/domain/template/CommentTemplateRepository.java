package io.polydesk.domain.template;

import java.util.List;
import java.util.Optional;

/** Where comment templates are kept. */
public interface CommentTemplateRepository {

    long insert(CommentTemplate template);

    /** Writes the name, body and update time. */
    void update(CommentTemplate template);

    void delete(long id);

    Optional<CommentTemplate> findById(long id);

    /** Whether another template (not {@code exceptId}) already has this name, ignoring case. */
    boolean nameTaken(String name, Long exceptId);

    /** Every template, by name. */
    List<CommentTemplate> list();
}
