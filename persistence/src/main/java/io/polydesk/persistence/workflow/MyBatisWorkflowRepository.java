package io.polydesk.persistence.workflow;

import io.polydesk.domain.workflow.Priority;
import io.polydesk.domain.workflow.Status;
import io.polydesk.domain.workflow.WorkflowRepository;
import java.util.List;
import org.springframework.stereotype.Repository;

/** The status and priority tables the migrations seed. */
@Repository
public class MyBatisWorkflowRepository implements WorkflowRepository {

    private final WorkflowMapper mapper;

    public MyBatisWorkflowRepository(WorkflowMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<Status> statuses() {
        return mapper.statuses();
    }

    @Override
    public List<Priority> priorities() {
        return mapper.priorities();
    }
}
