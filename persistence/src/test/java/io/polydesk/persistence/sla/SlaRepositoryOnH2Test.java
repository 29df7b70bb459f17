package io.polydesk.persistence.sla;

import io.polydesk.persistence.OnH2;

class SlaRepositoryOnH2Test extends SlaRepositoryContract implements OnH2 {}
