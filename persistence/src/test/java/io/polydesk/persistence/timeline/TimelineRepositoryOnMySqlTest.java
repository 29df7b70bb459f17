package io.polydesk.persistence.timeline;

import io.polydesk.persistence.OnMySql;

class TimelineRepositoryOnMySqlTest extends TimelineRepositoryContract implements OnMySql {}
