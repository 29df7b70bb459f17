package io.polydesk.compat.support;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What most dialects are: a name, one base path and the document's limits, owning every path below the base in
 * exactly the request's case. A dialect that claims otherwise (only some resources, or ignoring case) overrides
 * {@link #claim}.
 */
public abstract class BasePathDialect implements Dialect {

    private final String name;
    private final BasePath basePath;
    private final RateLimit rateLimit;

    protected BasePathDialect(String name, String basePath, RateLimit rateLimit) {
        this.name = name;
        this.basePath = BasePath.of(basePath);
        this.rateLimit = rateLimit;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final BasePath basePath() {
        return basePath;
    }

    @Override
    public Claim claim(HttpServletRequest request) {
        return basePath.remainder(request) != null ? Claim.EXACT : Claim.NONE;
    }

    @Override
    public final RateLimit rateLimit() {
        return rateLimit;
    }
}
