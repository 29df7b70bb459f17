package io.polydesk.persistence.search;

import io.polydesk.persistence.OnH2;

class SearchRepositoryOnH2Test extends SearchRepositoryContract implements OnH2 {}
