package io.polydesk.persistence.event;

import io.polydesk.persistence.OnH2;

class EventLogOnH2Test extends EventLogContract implements OnH2 {}
