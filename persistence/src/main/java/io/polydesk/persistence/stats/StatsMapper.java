package io.polydesk.persistence.stats;

import io.polydesk.domain.stats.DayCount;
import io.polydesk.domain.stats.GroupCount;
import io.polydesk.domain.stats.MeanDurations;
import io.polydesk.domain.stats.StatsScope;
import io.polydesk.domain.stats.StatusTally;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface StatsMapper {

    List<GroupCount> countBy(@Param("s") StatsScope scope, @Param("column") String column);

    List<StatusTally> statusTallies(@Param("s") StatsScope scope);

    List<DayCount> perDay(@Param("s") StatsScope scope, @Param("column") String column);

    MeanDurations means(@Param("s") StatsScope scope);
}
