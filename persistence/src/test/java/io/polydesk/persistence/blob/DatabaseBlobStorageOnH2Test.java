package io.polydesk.persistence.blob;

import io.polydesk.persistence.OnH2;

class DatabaseBlobStorageOnH2Test extends DatabaseBlobStorageContract implements OnH2 {}
