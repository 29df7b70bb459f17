package io.polydesk.persistence.webhook;

import io.polydesk.domain.webhook.DeliveryStatus;
import io.polydesk.domain.webhook.WebhookDelivery;
import io.polydesk.persistence.support.GeneratedId;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL for {@code webhook_deliveries}; statements live in {@code WebhookDeliveryMapper.xml}. */
@Mapper
public interface WebhookDeliveryMapper {

    void insert(@Param("d") WebhookDelivery delivery, @Param("key") GeneratedId key);

    WebhookDelivery findById(@Param("id") long id);

    List<WebhookDelivery> page(
            @Param("endpointId") long endpointId, @Param("beforeId") Long beforeId, @Param("limit") int limit);

    long count(@Param("endpointId") long endpointId);

    List<WebhookDelivery> byEventRange(
            @Param("endpointId") long endpointId, @Param("fromId") long fromEventId, @Param("toId") long toEventId);

    List<WebhookDelivery> lockDue(@Param("now") Instant now, @Param("limit") int limit);

    int startAttempt(@Param("id") long id, @Param("at") Instant at, @Param("leaseUntil") Instant leaseUntil);

    int recordAttempt(
            @Param("id") long id,
            @Param("status") DeliveryStatus status,
            @Param("next") Instant nextAttemptAt,
            @Param("code") Integer responseCode,
            @Param("error") String error,
            @Param("at") Instant at);
}
