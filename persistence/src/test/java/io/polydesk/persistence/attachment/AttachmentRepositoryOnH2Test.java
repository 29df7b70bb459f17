package io.polydesk.persistence.attachment;

import io.polydesk.persistence.OnH2;

class AttachmentRepositoryOnH2Test extends AttachmentRepositoryContract implements OnH2 {}
