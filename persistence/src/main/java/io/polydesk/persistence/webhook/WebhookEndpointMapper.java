package io.polydesk.persistence.webhook;

import io.polydesk.domain.webhook.SealedSecrets;
import io.polydesk.persistence.support.GeneratedId;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for {@code webhook_endpoints}; statements live in {@code WebhookEndpointMapper.xml}. */
@Mapper
public interface WebhookEndpointMapper {

    /** A row as stored: event types as one comma-separated column. */
    record EndpointRow(
            long id,
            String url,
            String description,
            String eventTypes,
            boolean active,
            long createdBy,
            long eventCursor,
            int failedInARow,
            String disabledReason,
            Instant previousSecretUntil,
            Instant createdAt,
            Instant updatedAt) {}

    void insert(@Param("row") EndpointRow row, @Param("secret") String sealedSecret, @Param("key") GeneratedId key);

    EndpointRow findById(@Param("id") long id);

    List<EndpointRow> list();

    int update(@Param("row") EndpointRow row);

    int delete(@Param("id") long id);

    SealedSecrets secrets(@Param("id") long id);

    int rotateSecret(
            @Param("id") long id,
            @Param("secret") String sealedSecret,
            @Param("previous") String sealedPrevious,
            @Param("previousUntil") Instant previousUntil,
            @Param("at") Instant at);

    List<EndpointRow> lockActiveForFanOut(@Param("limit") int limit);

    int advanceCursor(@Param("id") long id, @Param("cursor") long cursor);

    int recordDelivered(@Param("id") long id);

    int recordFailed(@Param("id") long id);

    Integer failedInARow(@Param("id") long id);

    int disable(@Param("id") long id, @Param("reason") String reason, @Param("at") Instant at);
}
