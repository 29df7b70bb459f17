package io.polydesk.persistence.organisation;

import io.polydesk.persistence.OnMySql;

class OrganisationRepositoryOnMySqlTest extends OrganisationRepositoryContract implements OnMySql {}
