package io.polydesk.persistence.relation;

import io.polydesk.persistence.OnMySql;

class RelationRepositoryOnMySqlTest extends RelationRepositoryContract implements OnMySql {}
