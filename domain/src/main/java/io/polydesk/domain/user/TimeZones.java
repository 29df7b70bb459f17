package io.polydesk.domain.user;

import java.time.ZoneId;

final class TimeZones {

    private TimeZones() {}

    static boolean isValid(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
