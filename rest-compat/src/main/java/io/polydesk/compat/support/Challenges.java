package io.polydesk.compat.support;

/** The {@code WWW-Authenticate} values dialects send with a 401; every credential form works on every surface. */
public final class Challenges {

    /** For APIs whose clients send Basic credentials or a bearer token. */
    public static final String BASIC_OR_BEARER = "Basic realm=\"Polydesk\", Bearer realm=\"Polydesk\"";

    /** For Rails-style APIs whose clients send {@code Authorization: Token token="..."}. */
    public static final String TOKEN = "Token realm=\"Polydesk\"";

    private Challenges() {}
}
