package io.polydesk.persistence.support;

import io.polydesk.persistence.OnMySql;

class InstantStorageOnMySqlTest extends InstantStorageContract implements OnMySql {}
