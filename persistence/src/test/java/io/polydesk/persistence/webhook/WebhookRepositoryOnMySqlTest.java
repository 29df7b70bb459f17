package io.polydesk.persistence.webhook;

import io.polydesk.persistence.OnMySql;

class WebhookRepositoryOnMySqlTest extends WebhookRepositoryContract implements OnMySql {}
