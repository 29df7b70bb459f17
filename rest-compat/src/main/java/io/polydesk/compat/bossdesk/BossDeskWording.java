package io.polydesk.compat.bossdesk;

import io.polydesk.compat.support.JsonBodyWording;
import io.polydesk.compat.support.JsonType;
import io.polydesk.compat.support.QueryParamWording;

/** Rails' default validation messages for what the readers refuse: a wrong value "is invalid". */
enum BossDeskWording implements JsonBodyWording, QueryParamWording {
    INSTANCE;

    @Override
    public String bodyField() {
        return "base";
    }

    @Override
    public String notAnObject(JsonType got) {
        return BossDeskErrors.INVALID;
    }

    @Override
    public String notText(JsonType got) {
        return BossDeskErrors.INVALID;
    }

    @Override
    public String notAnId(JsonType got) {
        return BossDeskErrors.INVALID;
    }

    @Override
    public String notABoolean(JsonType got) {
        return BossDeskErrors.INVALID;
    }

    @Override
    public String notADate() {
        return BossDeskErrors.INVALID;
    }

    @Override
    public String mayNotBeNull() {
        return BossDeskErrors.BLANK;
    }

    @Override
    public String notAChoice(String value) {
        return BossDeskErrors.INVALID;
    }

    @Override
    public String notAnInteger() {
        return BossDeskErrors.INVALID;
    }

    @Override
    public String lessThan(int minimum) {
        return BossDeskErrors.INVALID;
    }

    @Override
    public String notABoolean(String value) {
        return BossDeskErrors.INVALID;
    }
}
