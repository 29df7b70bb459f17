package io.polydesk.persistence.relation;

import io.polydesk.persistence.OnH2;

class RelationRepositoryOnH2Test extends RelationRepositoryContract implements OnH2 {}
