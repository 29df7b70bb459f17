package io.polydesk.persistence.asset;

import io.polydesk.persistence.OnH2;

class AssetTicketRepositoryOnH2Test extends AssetTicketRepositoryContract implements OnH2 {}
