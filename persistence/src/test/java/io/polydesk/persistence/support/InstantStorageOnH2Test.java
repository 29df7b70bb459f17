package io.polydesk.persistence.support;

import io.polydesk.persistence.OnH2;

class InstantStorageOnH2Test extends InstantStorageContract implements OnH2 {}
