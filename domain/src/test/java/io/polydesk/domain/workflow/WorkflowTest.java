package io.polydesk.domain.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowTest {

    private final Workflow workflow = new Workflow(new WorkflowRepository() {
        @Override
        public List<Status> statuses() {
            return List.of(
                    new Status(1, "new", "New", StatusCategory.TODO, 10),
                    new Status(2, "open", "Open", StatusCategory.TODO, 20),
                    new Status(3, "reopened", "Reopened", StatusCategory.TODO, 25),
                    new Status(4, "in_progress", "In Progress", StatusCategory.IN_PROGRESS, 40),
                    new Status(5, "resolved", "Resolved", StatusCategory.DONE, 60),
                    new Status(6, "closed", "Closed", StatusCategory.DONE, 70),
                    new Status(7, "duplicate", "Duplicate", StatusCategory.DONE, 80));
        }

        @Override
        public List<Priority> priorities() {
            return List.of(new Priority(1, "low", "Low", 20, "#0f0"), new Priority(2, "high", "High", 40, "#f00"));
        }
    });

    private Status status(String key) {
        return workflow.status(key).orElseThrow();
    }

    @Test
    void unfinishedWorkMovesAnywhere() {
        assertThat(workflow.canMove(status("new"), status("in_progress"))).isTrue();
        assertThat(workflow.canMove(status("in_progress"), status("new"))).isTrue();
        assertThat(workflow.canMove(status("open"), status("closed"))).isTrue();
    }

    @Test
    void resolvedTicketMayStillBeClosedOrReopened() {
        assertThat(workflow.canMove(status("resolved"), status("closed"))).isTrue();
        assertThat(workflow.canMove(status("resolved"), status("reopened"))).isTrue();
        assertThat(workflow.canMove(status("resolved"), status("open"))).isTrue();
    }

    @Test
    void finishedTicketReopensOnlyToOpenOrReopened() {
        assertThat(workflow.canMove(status("closed"), status("in_progress"))).isFalse();
        assertThat(workflow.canMove(status("closed"), status("new"))).isFalse();
        assertThat(workflow.canMove(status("closed"), status("reopened"))).isTrue();
        assertThat(workflow.canMove(status("duplicate"), status("open"))).isTrue();
    }

    @Test
    void closedAndDuplicateAreFinalAmongFinishedStatuses() {
        assertThat(workflow.canMove(status("closed"), status("resolved"))).isFalse();
        assertThat(workflow.canMove(status("duplicate"), status("closed"))).isFalse();
    }

    @Test
    void keysAreMatchedIgnoringCaseAndPrioritiesListMostUrgentFirst() {
        assertThat(workflow.status("IN_PROGRESS")).map(Status::id).contains(4L);
        assertThat(workflow.priorities()).extracting(Priority::key).containsExactly("high", "low");
    }
}
