package io.polydesk.persistence.stats;

import io.polydesk.persistence.OnMySql;

class StatsRepositoryOnMySqlTest extends StatsRepositoryContract implements OnMySql {}
