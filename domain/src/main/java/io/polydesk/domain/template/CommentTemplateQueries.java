package io.polydesk.domain.template;

import io.polydesk.domain.shared.Actor;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the shared template library; staff only, customers never see canned responses. */
@Service
@Transactional(readOnly = true)
public class CommentTemplateQueries {

    private final CommentTemplateRepository templates;

    public CommentTemplateQueries(CommentTemplateRepository templates) {
        this.templates = templates;
    }

    public List<CommentTemplate> list(Actor actor) {
        Actor.requireStaff(actor);
        return templates.list();
    }
}
