package io.polydesk.persistence.catalog;

import io.polydesk.persistence.OnH2;

class CatalogRepositoryOnH2Test extends CatalogRepositoryContract implements OnH2 {}
