package io.polydesk.persistence.asset;

import io.polydesk.persistence.OnMySql;

class AssetCatalogRepositoryOnMySqlTest extends AssetCatalogRepositoryContract implements OnMySql {}
