package io.polydesk.compat.support;

import io.polydesk.compat.support.Dialect.Claim;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Every enabled dialect, and which one a request belongs to. CONTRACT §3's tie-break lives here: a dialect that
 * owns the path in exactly the request's case beats one that matches it only ignoring case; among equal claims
 * the longer base path is the more specific one.
 */
@Component
public class Dialects {

    private static final String OWNER = Dialects.class.getName() + ".owner";
    private static final String OWNED_PATH = Dialects.class.getName() + ".path";

    private final List<Dialect> dialects;

    public Dialects(List<Dialect> dialects) {
        this.dialects = List.copyOf(dialects);
    }

    public List<Dialect> all() {
        return dialects;
    }

    public Optional<Dialect> owner(HttpServletRequest request) {
        // Asked by several filters per request; the answer only changes with the path.
        String path = request.getRequestURI();
        if (path.equals(request.getAttribute(OWNED_PATH))) {
            return Optional.ofNullable((Dialect) request.getAttribute(OWNER));
        }
        Dialect owner = resolve(request);
        request.setAttribute(OWNED_PATH, path);
        request.setAttribute(OWNER, owner);
        return Optional.ofNullable(owner);
    }

    /** Whether the dialect that owns the request lets it through without credentials. */
    public boolean isPublic(HttpServletRequest request) {
        return owner(request).map(d -> d.isPublic(request)).orElse(false);
    }

    private Dialect resolve(HttpServletRequest request) {
        Dialect best = null;
        Claim strongest = Claim.NONE;
        for (Dialect dialect : dialects) {
            Claim claim = dialect.claim(request);
            if (claim == Claim.NONE) {
                continue;
            }
            if (claim.compareTo(strongest) > 0
                    || (claim == strongest
                            && dialect.basePath().value().length()
                                    > best.basePath().value().length())) {
                best = dialect;
                strongest = claim;
            }
        }
        return best;
    }
}
