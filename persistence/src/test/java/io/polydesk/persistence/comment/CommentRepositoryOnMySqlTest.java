package io.polydesk.persistence.comment;

import io.polydesk.persistence.OnMySql;

class CommentRepositoryOnMySqlTest extends CommentRepositoryContract implements OnMySql {}
