package io.polydesk.persistence.stats;

import io.polydesk.persistence.OnH2;

class StatsRepositoryOnH2Test extends StatsRepositoryContract implements OnH2 {}
