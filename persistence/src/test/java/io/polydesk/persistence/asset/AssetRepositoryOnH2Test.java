package io.polydesk.persistence.asset;

import io.polydesk.persistence.OnH2;

class AssetRepositoryOnH2Test extends AssetRepositoryContract implements OnH2 {}
