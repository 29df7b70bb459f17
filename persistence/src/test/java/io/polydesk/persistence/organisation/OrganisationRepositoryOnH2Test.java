package io.polydesk.persistence.organisation;

import io.polydesk.persistence.OnH2;

class OrganisationRepositoryOnH2Test extends OrganisationRepositoryContract implements OnH2 {}
