package io.polydesk.persistence.token;

import io.polydesk.persistence.OnMySql;

class ApiTokenRepositoryOnMySqlTest extends ApiTokenRepositoryContract implements OnMySql {}
