package io.polydesk.persistence.project;

import io.polydesk.persistence.OnMySql;

class ProjectRepositoryOnMySqlTest extends ProjectRepositoryContract implements OnMySql {}
