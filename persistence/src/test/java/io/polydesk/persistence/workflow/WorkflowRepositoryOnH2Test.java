package io.polydesk.persistence.workflow;

import io.polydesk.persistence.OnH2;

class WorkflowRepositoryOnH2Test extends WorkflowRepositoryContract implements OnH2 {}
