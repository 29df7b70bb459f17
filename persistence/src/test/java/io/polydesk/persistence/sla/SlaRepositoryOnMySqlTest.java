package io.polydesk.persistence.sla;

import io.polydesk.persistence.OnMySql;

class SlaRepositoryOnMySqlTest extends SlaRepositoryContract implements OnMySql {}
