package io.polydesk.compat.djangohelpdesk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Django's DurationField text, {@code [DD] [[HH:]MM:]ss[.uuuuuu]}, to and from whole minutes: Polydesk logs
 * time by the minute, so a started minute counts as one.
 */
final class Durations {

    static final String WRONG_FORMAT =
            "Duration has wrong format. Use one of these formats instead: [DD] [HH:[MM:]]ss[.uuuuuu].";

    private static final Pattern DURATION = Pattern.compile(
            "^(?:(?<days>-?\\d+) (?:days?, )?)?(?:(?:(?<hours>\\d+):)?(?<minutes>\\d+):)?(?<seconds>\\d+(?:\\.\\d{1,6})?)$");

    private Durations() {}

    /** Whole minutes, rounded up; null when the text is not a duration. */
    static Integer minutes(String text) {
        Matcher m = DURATION.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        BigDecimal seconds = new BigDecimal(m.group("seconds"))
                .add(BigDecimal.valueOf(60L * number(m.group("minutes"))))
                .add(BigDecimal.valueOf(3600L * number(m.group("hours"))))
                .add(BigDecimal.valueOf(86_400L * number(m.group("days"))));
        if (seconds.signum() < 0) {
            return null;
        }
        BigDecimal minutes = seconds.divide(BigDecimal.valueOf(60), 0, RoundingMode.CEILING);
        return minutes.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0 ? Integer.MAX_VALUE : minutes.intValue();
    }

    /** {@code HH:MM:SS}, as DRF writes a duration under one day. */
    static String format(int minutes) {
        return String.format("%02d:%02d:00", minutes / 60, minutes % 60);
    }

    private static long number(String group) {
        return group == null ? 0 : Long.parseLong(group);
    }
}
