package io.polydesk.persistence.task;

import io.polydesk.persistence.OnMySql;

class TaskRepositoryOnMySqlTest extends TaskRepositoryContract implements OnMySql {}
