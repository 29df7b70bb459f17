package io.polydesk.persistence.knowledge;

import io.polydesk.persistence.OnMySql;

class KnowledgeRepositoryOnMySqlTest extends KnowledgeRepositoryContract implements OnMySql {}
