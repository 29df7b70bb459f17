package io.polydesk.persistence.asset;

import io.polydesk.persistence.OnMySql;

class AssetTicketRepositoryOnMySqlTest extends AssetTicketRepositoryContract implements OnMySql {}
