package io.polydesk.persistence.workflow;

import io.polydesk.domain.workflow.Priority;
import io.polydesk.domain.workflow.Status;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** SQL for the seeded {@code statuses} and {@code priorities}; statements live in {@code WorkflowMapper.xml}. */
@Mapper
public interface WorkflowMapper {

    List<Status> statuses();

    List<Priority> priorities();
}
