package io.polydesk.api.security;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The address of the client whose request this thread serves, or null where the thread serves none. */
final class ClientAddress {

    private ClientAddress() {}

    static String current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
                ? servlet.getRequest().getRemoteAddr()
                : null;
    }
}
