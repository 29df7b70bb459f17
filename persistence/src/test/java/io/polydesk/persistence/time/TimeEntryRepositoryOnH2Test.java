package io.polydesk.persistence.time;

import io.polydesk.persistence.OnH2;

class TimeEntryRepositoryOnH2Test extends TimeEntryRepositoryContract implements OnH2 {}
