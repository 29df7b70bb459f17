package io.polydesk.persistence.savedsearch;

import io.polydesk.persistence.OnH2;

class SavedSearchRepositoryOnH2Test extends SavedSearchRepositoryContract implements OnH2 {}
