package io.polydesk.persistence.comment;

import io.polydesk.persistence.OnH2;

class CommentRepositoryOnH2Test extends CommentRepositoryContract implements OnH2 {}
