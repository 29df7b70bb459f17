package io.polydesk.persistence.template;

import io.polydesk.persistence.OnMySql;

class CommentTemplateRepositoryOnMySqlTest extends CommentTemplateRepositoryContract implements OnMySql {}
