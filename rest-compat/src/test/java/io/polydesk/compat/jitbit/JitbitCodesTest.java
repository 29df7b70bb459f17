package io.polydesk.compat.jitbit;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.domain.workflow.Priority;
import io.polydesk.domain.workflow.Status;
import io.polydesk.domain.workflow.StatusCategory;
import io.polydesk.domain.workflow.Workflow;
import io.polydesk.domain.workflow.WorkflowRepository;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Jitbit's status and priority codes over the seeded Polydesk tables: one-to-one both ways. */
class JitbitCodesTest {

    private static final List<Status> STATUSES = List.of(
            new Status(1, "new", "New", StatusCategory.TODO, 10),
            new Status(2, "incoming", "Incoming", StatusCategory.TODO, 15),
            new Status(3, "open", "Open", StatusCategory.TODO, 20),
            new Status(4, "reopened", "Reopened", StatusCategory.TODO, 25),
            new Status(5, "assigned", "Assigned", StatusCategory.IN_PROGRESS, 30),
            new Status(6, "in_progress", "In Progress", StatusCategory.IN_PROGRESS, 40),
            new Status(7, "on_hold", "On Hold", StatusCategory.IN_PROGRESS, 50),
            new Status(8, "blocked", "Blocked", StatusCategory.IN_PROGRESS, 55),
            new Status(9, "resolved", "Resolved", StatusCategory.DONE, 60),
            new Status(10, "closed", "Closed", StatusCategory.DONE, 70),
            new Status(11, "duplicate", "Duplicate", StatusCategory.DONE, 80));

    private static final List<Priority> PRIORITIES = List.of(
            new Priority(1, "critical", "Critical", 50, null),
            new Priority(2, "high", "High", 40, null),
            new Priority(3, "medium", "Medium", 30, null),
            new Priority(4, "low", "Low", 20, null),
            new Priority(5, "very_low", "Very Low", 10, null));

    private final JitbitCodes codes = new JitbitCodes(new Workflow(new WorkflowRepository() {
        @Override
        public List<Status> statuses() {
            return STATUSES;
        }

        @Override
        public List<Priority> priorities() {
            return PRIORITIES;
        }
    }));

    @Test
    void theBuiltInStatusesHaveJitbitsIds() {
        assertThat(codes.statusId(STATUSES.get(0))).isEqualTo(1);
        assertThat(codes.statusId(STATUSES.get(5))).isEqualTo(2);
        assertThat(codes.statusId(STATUSES.get(9))).isEqualTo(3);
        assertThat(codes.statusName(STATUSES.get(5))).isEqualTo("In process");
    }

    @Test
    void everyStatusHasItsOwnIdAndEachIdLeadsBack() {
        Set<Long> ids = new HashSet<>();
        for (Status status : STATUSES) {
            long id = codes.statusId(status);
            assertThat(ids.add(id))
                    .as("id %s of %s is unique", id, status.key())
                    .isTrue();
            assertThat(codes.status(id)).contains(status);
        }
        assertThat(codes.statusId(STATUSES.get(1))).isEqualTo(6);
        assertThat(codes.statusId(STATUSES.get(2))).isEqualTo(10);
        assertThat(codes.status(12)).isEmpty();
    }

    @Test
    void prioritiesMapBothWays() {
        assertThat(PRIORITIES).extracting(codes::priority).containsExactly(2, 1, 0, -1, -1);
        assertThat(List.of(-1, 0, 1, 2))
                .extracting(codes::priorityKey)
                .containsExactly("low", "medium", "high", "critical");
        assertThat(codes.priorityKey(3)).isNull();
    }

    @Test
    void originsAreJitbitsNames() {
        assertThat(codes.source(3)).isEqualTo("api");
        assertThat(codes.originName("api")).isEqualTo("API");
        assertThat(codes.originName("email")).isEqualTo("Email");
        assertThat(codes.source(9)).isNull();
    }
}
