package io.polydesk.persistence.asset;

import io.polydesk.persistence.OnMySql;

class AssetRepositoryOnMySqlTest extends AssetRepositoryContract implements OnMySql {}
