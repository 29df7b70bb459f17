package io.polydesk.persistence.blob;

import io.polydesk.persistence.OnMySql;

class DatabaseBlobStorageOnMySqlTest extends DatabaseBlobStorageContract implements OnMySql {}
