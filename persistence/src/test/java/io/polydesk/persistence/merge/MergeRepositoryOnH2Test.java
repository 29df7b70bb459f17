package io.polydesk.persistence.merge;

import io.polydesk.persistence.OnH2;

class MergeRepositoryOnH2Test extends MergeRepositoryContract implements OnH2 {}
