package io.polydesk.persistence.merge;

import io.polydesk.persistence.OnMySql;

class MergeRepositoryOnMySqlTest extends MergeRepositoryContract implements OnMySql {}
