package io.polydesk.persistence.timeline;

import io.polydesk.persistence.OnH2;

class TimelineRepositoryOnH2Test extends TimelineRepositoryContract implements OnH2 {}
