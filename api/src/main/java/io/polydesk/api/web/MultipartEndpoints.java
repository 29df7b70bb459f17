package io.polydesk.api.web;

import io.polydesk.compat.support.Dialects;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/** The requests a multipart body may reach: Polydesk's own upload, and what each dialect accepts. */
@Component
class MultipartEndpoints {

    static final String UPLOAD_PATH = "/attachments";

    private final Dialects dialects;

    MultipartEndpoints(Dialects dialects) {
        this.dialects = dialects;
    }

    boolean accept(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (HttpMethod.POST.matches(request.getMethod())
                && (path.equals(UPLOAD_PATH) || path.equals(UPLOAD_PATH + "/"))) {
            return true;
        }
        return dialects.owner(request).map(d -> d.acceptsMultipart(request)).orElse(false);
    }
}
