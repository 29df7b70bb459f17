package io.polydesk.persistence.workflow;

import io.polydesk.persistence.OnMySql;

class WorkflowRepositoryOnMySqlTest extends WorkflowRepositoryContract implements OnMySql {}
