package io.polydesk.domain.webhook;

import java.time.Duration;

/**
 * What one attempt came to. {@code statusCode} is null when no answer came (timeout, refused connection,
 * refused address); {@code retryable} says whether trying again later may help.
 */
public record SendResult(Integer statusCode, String error, boolean retryable, Duration retryAfter) {

    public boolean delivered() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    /** 2xx is delivered; 5xx, 429 and 408 may pass later; 3xx (redirects are not followed) and other 4xx will not. */
    public static SendResult answered(int statusCode, Duration retryAfter) {
        if (statusCode >= 200 && statusCode < 300) {
            return new SendResult(statusCode, null, false, null);
        }
        boolean retryable = statusCode >= 500 || statusCode == 429 || statusCode == 408;
        String error = statusCode >= 300 && statusCode < 400
                ? "answered " + statusCode + "; redirects are not followed"
                : "answered " + statusCode;
        return new SendResult(statusCode, error, retryable, retryAfter);
    }

    public static SendResult unreachable(String error) {
        return new SendResult(null, error, true, null);
    }

    public static SendResult refused(String error) {
        return new SendResult(null, error, false, null);
    }
}
