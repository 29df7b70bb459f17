package io.polydesk.persistence.asset;

import io.polydesk.persistence.OnH2;

class AssetCatalogRepositoryOnH2Test extends AssetCatalogRepositoryContract implements OnH2 {}
