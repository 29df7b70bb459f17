package io.polydesk.compat.support;

/**
 * The counter one request is charged to within its dialect: most dialects count all their requests together,
 * an API whose document limits each method separately names a bucket per method.
 *
 * @param name distinguishes the bucket among the dialect's buckets; the dialect's name when it has one bucket
 * @param limits the requests allowed per period in that bucket
 */
public record RateLimitBucket(String name, RateLimit limits) {}
