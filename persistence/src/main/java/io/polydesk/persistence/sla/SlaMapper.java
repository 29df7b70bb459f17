package io.polydesk.persistence.sla;

import io.polydesk.persistence.support.GeneratedId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for SLA policies and business hours; statements live in {@code SlaMapper.xml}. A null id reads all. */
@Mapper
public interface SlaMapper {

    record HoursRow(long id, String name, String timeZone, boolean archived, Instant createdAt, Instant updatedAt) {}

    record WindowRow(long businessHoursId, int dayOfWeek, int startMinute, int endMinute) {}

    record HolidayRow(long businessHoursId, LocalDate holiday) {}

    record PolicyRow(
            long id,
            String name,
            Long projectId,
            Long companyId,
            Long businessHoursId,
            boolean archived,
            Instant createdAt,
            Instant updatedAt) {}

    record TargetRow(long policyId, long priorityId, Integer firstResponseMinutes, Integer resolutionMinutes) {}

    void insertHours(@Param("row") HoursRow row, @Param("key") GeneratedId key);

    int updateHours(@Param("row") HoursRow row);

    List<HoursRow> hours(@Param("id") Long id);

    List<WindowRow> windows(@Param("id") Long id);

    List<HolidayRow> holidays(@Param("id") Long id);

    int deleteWindows(@Param("id") long id);

    int insertWindows(@Param("rows") List<WindowRow> rows);

    int deleteHolidays(@Param("id") long id);

    int insertHolidays(@Param("rows") List<HolidayRow> rows);

    void insertPolicy(@Param("row") PolicyRow row, @Param("key") GeneratedId key);

    int updatePolicy(@Param("row") PolicyRow row);

    List<PolicyRow> policies(@Param("id") Long id);

    List<TargetRow> targets(@Param("id") Long id);

    int deleteTargets(@Param("id") long id);

    int insertTargets(@Param("rows") List<TargetRow> rows);
}
