package io.polydesk.persistence.token;

import io.polydesk.persistence.OnH2;

class ApiTokenRepositoryOnH2Test extends ApiTokenRepositoryContract implements OnH2 {}
