package io.polydesk.api.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.polydesk.api.security.SurfaceErrorResponses;
import io.polydesk.compat.support.Dialect;
import io.polydesk.compat.support.Dialects;
import io.polydesk.compat.support.RateLimit;
import io.polydesk.compat.support.RateLimitBucket;
import io.polydesk.domain.shared.Actor;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Counts requests per surface and credential (the signed-in user, or the client address when anonymous) and
 * answers 429 past the limit. Every counted response carries the {@code X-RateLimit-*} headers. The buckets live
 * in a {@link BucketStore}: this process's memory, or Redis shared by every node.
 */
public class RateLimitFilter extends OncePerRequestFilter {

    private record Rule(String surface, Predicate<HttpServletRequest> claims, RateLimit limits, Dialect dialect) {

        /** The dialect's bucket for this request; a surface defined by paths has one. */
        RateLimitBucket bucket(HttpServletRequest request) {
            return dialect == null ? new RateLimitBucket(surface, limits) : dialect.rateLimitBucket(request, limits);
        }
    }

    private final List<Rule> rules = new ArrayList<>();
    private final BucketStore buckets;
    private final SurfaceErrorResponses errors;

    public RateLimitFilter(
            RateLimitProperties properties, Dialects dialects, BucketStore buckets, SurfaceErrorResponses errors) {
        this.buckets = buckets;
        this.errors = errors;
        PathPatternParser parser = new PathPatternParser();
        Map<String, RateLimitProperties.Surface> configured = properties.surfaces();
        for (Map.Entry<String, RateLimitProperties.Surface> entry : configured.entrySet()) {
            RateLimitProperties.Surface surface = entry.getValue();
            boolean dialect = dialects.all().stream().anyMatch(d -> d.name().equals(entry.getKey()));
            if (!dialect && !surface.paths().isEmpty()) {
                List<PathPattern> patterns =
                        surface.paths().stream().map(parser::parse).toList();
                rules.add(new Rule(
                        entry.getKey(), request -> matches(patterns, request), surface.complete(entry.getKey()), null));
            }
        }
        for (Dialect dialect : dialects.all()) {
            RateLimitProperties.Surface override = configured.get(dialect.name());
            RateLimit limits = override == null ? dialect.rateLimit() : override.over(dialect.rateLimit());
            rules.add(new Rule(
                    dialect.name(), request -> dialects.owner(request).orElse(null) == dialect, limits, dialect));
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Rule rule =
                rules.stream().filter(r -> r.claims().test(request)).findFirst().orElse(null);
        if (rule == null) {
            chain.doFilter(request, response);
            return;
        }
        Actor actor = currentActor();
        RateLimitBucket counted = rule.bucket(request);
        RateLimit limits = counted.limits();
        long capacity = actor == null ? limits.anonymous() : limits.authenticated();
        String key = rule.surface() + "|" + counted.name()
                + (actor == null ? "|ip:" + request.getRemoteAddr() : "|user:" + actor.userId());
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, limits.period()))
                .build();
        ConsumptionProbe probe = buckets.consume(key, configuration, 1);
        long nowSeconds = System.currentTimeMillis() / 1000;
        response.setHeader("X-RateLimit-Limit", Long.toString(capacity));
        response.setHeader("X-RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
        response.setHeader(
                "X-RateLimit-Reset",
                Long.toString(nowSeconds + TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForReset()) + 1));
        if (!probe.isConsumed()) {
            long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
            response.setHeader("Retry-After", Long.toString(retryAfter));
            errors.write(
                    request, response, 429, "Too many requests; retry in " + retryAfter + " seconds", "BAD_REQUEST");
            return;
        }
        request.setAttribute(RequestAllowance.ATTRIBUTE, (RequestAllowance)
                more -> buckets.consume(key, configuration, more).isConsumed());
        chain.doFilter(request, response);
    }

    private static boolean matches(List<PathPattern> patterns, HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        return patterns.stream().anyMatch(p -> p.matches(path));
    }

    private static Actor currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Actor actor ? actor : null;
    }
}
