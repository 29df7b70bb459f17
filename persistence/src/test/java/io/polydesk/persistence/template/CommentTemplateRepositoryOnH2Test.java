package io.polydesk.persistence.template;

import io.polydesk.persistence.OnH2;

class CommentTemplateRepositoryOnH2Test extends CommentTemplateRepositoryContract implements OnH2 {}
