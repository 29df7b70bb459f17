package io.polydesk.persistence.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.polydesk.domain.workflow.Priority;
import io.polydesk.domain.workflow.Status;
import io.polydesk.domain.workflow.StatusCategory;
import io.polydesk.persistence.RepositoryTest;
import org.junit.jupiter.api.Test;

abstract class WorkflowRepositoryContract extends RepositoryTest {

    @Test
    void statusesAreSeededInWorkflowOrder() {
        assertThat(workflow.statuses())
                .extracting(Status::key, Status::name, Status::category, Status::sortOrder)
                .containsExactly(
                        tuple("new", "New", StatusCategory.TODO, 10),
                        tuple("incoming", "Incoming", StatusCategory.TODO, 15),
                        tuple("open", "Open", StatusCategory.TODO, 20),
                        tuple("reopened", "Reopened", StatusCategory.TODO, 25),
                        tuple("assigned", "Assigned", StatusCategory.IN_PROGRESS, 30),
                        tuple("in_progress", "In Progress", StatusCategory.IN_PROGRESS, 40),
                        tuple("on_hold", "On Hold", StatusCategory.IN_PROGRESS, 50),
                        tuple("blocked", "Blocked", StatusCategory.IN_PROGRESS, 55),
                        tuple("resolved", "Resolved", StatusCategory.DONE, 60),
                        tuple("closed", "Closed", StatusCategory.DONE, 70),
                        tuple("duplicate", "Duplicate", StatusCategory.DONE, 80));
    }

    @Test
    void prioritiesAreSeededMostUrgentFirst() {
        assertThat(workflow.priorities())
                .extracting(Priority::key, Priority::name, Priority::level, Priority::color)
                .containsExactly(
                        tuple("critical", "Critical", 50, "#d32f2f"),
                        tuple("high", "High", 40, "#f57c00"),
                        tuple("medium", "Medium", 30, "#fbc02d"),
                        tuple("low", "Low", 20, "#388e3c"),
                        tuple("very_low", "Very Low", 10, "#1976d2"));
    }
}
