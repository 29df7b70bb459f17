package io.polydesk.persistence.project;

import io.polydesk.persistence.OnH2;

class ProjectRepositoryOnH2Test extends ProjectRepositoryContract implements OnH2 {}
