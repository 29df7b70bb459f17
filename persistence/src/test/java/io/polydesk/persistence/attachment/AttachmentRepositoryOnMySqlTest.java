package io.polydesk.persistence.attachment;

import io.polydesk.persistence.OnMySql;

class AttachmentRepositoryOnMySqlTest extends AttachmentRepositoryContract implements OnMySql {}
