package io.polydesk.domain.workflow;

import java.util.List;

/** The status and priority tables, seeded by migration. */
public interface WorkflowRepository {

    List<Status> statuses();

    List<Priority> priorities();
}
