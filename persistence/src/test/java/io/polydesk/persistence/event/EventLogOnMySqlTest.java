package io.polydesk.persistence.event;

import io.polydesk.persistence.OnMySql;

class EventLogOnMySqlTest extends EventLogContract implements OnMySql {}
