/**
 * django-helpdesk's REST API (Django REST Framework; {@code shared/seeds/002_*}), under
 * {@code polydesk.compat.django-helpdesk.base-path} (default {@code /helpdesk/api}), switched by
 * {@code polydesk.compat.django-helpdesk.enabled}.
 */
package io.polydesk.compat.djangohelpdesk;
