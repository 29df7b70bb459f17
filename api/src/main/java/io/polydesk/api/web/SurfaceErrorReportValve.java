package io.polydesk.api.web;

import io.polydesk.api.security.SurfaceErrorResponses;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.ExceptionUtils;

/**
 * Tomcat's own error page, replaced: what the server refuses before any servlet runs (an encoded slash or
 * backslash, a NUL or an unnormalisable path, a request line it cannot parse) is answered in the shape of the
 * surface the path belongs to, as JSON, never as Tomcat's HTML page and never with a stack trace. Errors that
 * reach the servlet are answered by {@link SurfaceErrorController} and are already written when this runs.
 */
final class SurfaceErrorReportValve extends ErrorReportValve {

    private final SurfaceErrorResponses errors;

    SurfaceErrorReportValve(SurfaceErrorResponses errors) {
        this.errors = errors;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setSuspended(false);
            response.resetBuffer(true);
            // Never a server error for what the server refused to parse: the request was bad.
            int answered = status >= 500 && throwable == null ? status : Math.max(status, 400);
            errors.write(request, response, answered, message(answered), classification(answered));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the answer is committed: nothing more can be said.
        } catch (Throwable t) {
            ExceptionUtils.handleThrowable(t);
        }
    }

    private static String message(int status) {
        return switch (status) {
            case 400 -> "The request could not be read";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 413 -> "Payload Too Large";
            case 414 -> "URI Too Long";
            case 431 -> "Request Header Fields Too Large";
            default -> status >= 500 ? "The server could not answer this request" : "The request was refused";
        };
    }

    private static String classification(int status) {
        return switch (status) {
            case 401 -> "UNAUTHORIZED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            default -> status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST";
        };
    }
}
