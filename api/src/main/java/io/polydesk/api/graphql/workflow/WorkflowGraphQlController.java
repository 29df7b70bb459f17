package io.polydesk.api.graphql.workflow;

import io.polydesk.domain.shared.Actor;
import io.polydesk.domain.workflow.Priority;
import io.polydesk.domain.workflow.Status;
import io.polydesk.domain.workflow.Workflow;
import java.util.List;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** The statuses and priorities that ticket filters and mutations name by key. */
@Controller
class WorkflowGraphQlController {

    private final Workflow workflow;

    WorkflowGraphQlController(Workflow workflow) {
        this.workflow = workflow;
    }

    @QueryMapping
    List<Status> statuses(@AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return workflow.statuses();
    }

    @QueryMapping
    List<Priority> priorities(@AuthenticationPrincipal Actor actor) {
        Actor.require(actor);
        return workflow.priorities();
    }
}
