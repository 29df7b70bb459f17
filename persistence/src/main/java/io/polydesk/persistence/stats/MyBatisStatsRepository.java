package io.polydesk.persistence.stats;

import io.polydesk.domain.stats.DayCount;
import io.polydesk.domain.stats.GroupCount;
import io.polydesk.domain.stats.MeanDurations;
import io.polydesk.domain.stats.StatsRepository;
import io.polydesk.domain.stats.StatsScope;
import io.polydesk.domain.stats.StatusTally;
import java.util.List;
import org.springframework.stereotype.Repository;

/** Ticket statistics; the grouping columns are fixed here, never taken from a caller. */
@Repository
public class MyBatisStatsRepository implements StatsRepository {

    private final StatsMapper mapper;

    public MyBatisStatsRepository(StatsMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<GroupCount> byStatus(StatsScope scope) {
        return mapper.countBy(scope, "status_id");
    }

    @Override
    public List<StatusTally> statusTallies(StatsScope scope) {
        return mapper.statusTallies(scope);
    }

    @Override
    public List<GroupCount> byPriority(StatsScope scope) {
        return mapper.countBy(scope, "priority_id");
    }

    @Override
    public List<GroupCount> byAssignee(StatsScope scope) {
        return mapper.countBy(scope, "assignee_id");
    }

    @Override
    public List<GroupCount> byProject(StatsScope scope) {
        return mapper.countBy(scope, "project_id");
    }

    @Override
    public List<DayCount> openedPerDay(StatsScope scope) {
        return mapper.perDay(scope, "created_at");
    }

    @Override
    public List<DayCount> closedPerDay(StatsScope scope) {
        return mapper.perDay(scope, "closed_at");
    }

    @Override
    public MeanDurations means(StatsScope scope) {
        MeanDurations means = mapper.means(scope);
        return means == null ? MeanDurations.NONE : means;
    }
}
