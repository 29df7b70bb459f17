package io.polydesk.persistence.catalog;

import io.polydesk.persistence.OnMySql;

class CatalogRepositoryOnMySqlTest extends CatalogRepositoryContract implements OnMySql {}
