package io.polydesk.persistence.user;

import io.polydesk.persistence.OnMySql;

class UserRepositoryOnMySqlTest extends UserRepositoryContract implements OnMySql {}
