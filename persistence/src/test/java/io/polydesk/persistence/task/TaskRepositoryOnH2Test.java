package io.polydesk.persistence.task;

import io.polydesk.persistence.OnH2;

class TaskRepositoryOnH2Test extends TaskRepositoryContract implements OnH2 {}
