package io.polydesk.persistence.search;

import io.polydesk.persistence.OnMySql;

class SearchRepositoryOnMySqlTest extends SearchRepositoryContract implements OnMySql {}
