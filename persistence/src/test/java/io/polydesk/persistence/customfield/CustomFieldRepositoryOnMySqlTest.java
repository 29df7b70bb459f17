package io.polydesk.persistence.customfield;

import io.polydesk.persistence.OnMySql;

class CustomFieldRepositoryOnMySqlTest extends CustomFieldRepositoryContract implements OnMySql {}
