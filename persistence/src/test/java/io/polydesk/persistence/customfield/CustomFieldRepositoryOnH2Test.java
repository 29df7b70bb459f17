package io.polydesk.persistence.customfield;

import io.polydesk.persistence.OnH2;

class CustomFieldRepositoryOnH2Test extends CustomFieldRepositoryContract implements OnH2 {}
