package io.polydesk.persistence.webhook;

import io.polydesk.persistence.OnH2;

class WebhookRepositoryOnH2Test extends WebhookRepositoryContract implements OnH2 {}
