package io.polydesk.persistence.knowledge;

import io.polydesk.persistence.OnH2;

class KnowledgeRepositoryOnH2Test extends KnowledgeRepositoryContract implements OnH2 {}
