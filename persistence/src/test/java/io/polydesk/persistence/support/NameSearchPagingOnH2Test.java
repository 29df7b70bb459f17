package io.polydesk.persistence.support;

import io.polydesk.persistence.OnH2;

class NameSearchPagingOnH2Test extends NameSearchPagingContract implements OnH2 {}
