package io.polydesk.persistence.user;

import io.polydesk.persistence.OnH2;

class UserRepositoryOnH2Test extends UserRepositoryContract implements OnH2 {}
