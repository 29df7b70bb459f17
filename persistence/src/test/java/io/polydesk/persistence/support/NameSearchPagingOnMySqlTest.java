package io.polydesk.persistence.support;

import io.polydesk.persistence.OnMySql;

class NameSearchPagingOnMySqlTest extends NameSearchPagingContract implements OnMySql {}
