package io.polydesk.compat.djangohelpdesk;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Django's {@code naturaltime} as the PublicTicket serializer shows times ({@code "now"}, {@code "5 minutes ago"},
 * {@code "2 days ago"}), to the largest unit only.
 */
final class Humanized {

    private Humanized() {}

    static String since(Instant then, Instant now) {
        long seconds = Duration.between(then, now).getSeconds();
        if (seconds < 0) {
            return ahead(-seconds, " from now");
        }
        if (seconds < 1) {
            return "now";
        }
        return ahead(seconds, " ago");
    }

    /** A due day, against today. */
    static String day(LocalDate due, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, due);
        if (days == 0) {
            return "today";
        }
        return days > 0 ? count(days, "day") + " from now" : count(-days, "day") + " ago";
    }

    private static String ahead(long seconds, String suffix) {
        if (seconds < 60) {
            return (seconds == 1 ? "a second" : seconds + " seconds") + suffix;
        }
        if (seconds < 3600) {
            long minutes = seconds / 60;
            return (minutes == 1 ? "a minute" : minutes + " minutes") + suffix;
        }
        if (seconds < 86_400) {
            long hours = seconds / 3600;
            return (hours == 1 ? "an hour" : hours + " hours") + suffix;
        }
        long days = seconds / 86_400;
        if (days < 14) {
            return count(days, "day") + suffix;
        }
        if (days < 60) {
            return count(days / 7, "week") + suffix;
        }
        if (days < 365) {
            return count(days / 30, "month") + suffix;
        }
        return count(days / 365, "year") + suffix;
    }

    private static String count(long n, String unit) {
        return n + "\u00a0" + unit + (n == 1 ? "" : "s");
    }
}
