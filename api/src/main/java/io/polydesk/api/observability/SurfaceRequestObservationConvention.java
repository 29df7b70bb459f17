package io.polydesk.api.observability;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.polydesk.compat.support.Dialect;
import io.polydesk.compat.support.Dialects;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * Adds a {@code surface} tag to {@code http.server.requests}: the REST dialect that owns the request, or
 * {@code graphql}, {@code graphiql}, {@code api-docs}, {@code attachments}, {@code actuator} or {@code other}, so a
 * dashboard splits traffic and errors by the integrations that send them.
 */
class SurfaceRequestObservationConvention extends DefaultServerRequestObservationConvention {

    private final Dialects dialects;
    private final String graphQlPath;

    SurfaceRequestObservationConvention(Dialects dialects, String graphQlPath) {
        this.dialects = dialects;
        this.graphQlPath = graphQlPath;
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(ServerRequestObservationContext context) {
        return super.getLowCardinalityKeyValues(context).and(KeyValue.of("surface", surface(context.getCarrier())));
    }

    String surface(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(graphQlPath) || path.startsWith(graphQlPath + "/")) {
            return "graphql";
        }
        if (path.startsWith("/graphiql")) {
            return "graphiql";
        }
        if (path.startsWith("/v3/api-docs") || path.startsWith("/swagger-ui")) {
            return "api-docs";
        }
        if (path.startsWith("/actuator")) {
            return "actuator";
        }
        if (path.equals("/attachments") || path.startsWith("/attachments/")) {
            return "attachments";
        }
        return dialects.owner(request).map(Dialect::name).orElse("other");
    }
}
