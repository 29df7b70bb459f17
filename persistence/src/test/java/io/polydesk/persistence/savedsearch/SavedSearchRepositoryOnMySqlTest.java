package io.polydesk.persistence.savedsearch;

import io.polydesk.persistence.OnMySql;

class SavedSearchRepositoryOnMySqlTest extends SavedSearchRepositoryContract implements OnMySql {}
