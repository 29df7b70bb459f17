package io.polydesk.domain.template;

import io.polydesk.domain.shared.Actor;
import java.util.List;
import org.springframework.stereotype.Service;

/** Reads of the shared template library; staff only, customers never see canned responses. */
@Service
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
