package io.polydesk.persistence.time;

import io.polydesk.persistence.OnMySql;

class TimeEntryRepositoryOnMySqlTest extends TimeEntryRepositoryContract implements OnMySql {}
