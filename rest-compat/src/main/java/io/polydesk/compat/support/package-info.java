/**
 * Only what two or more dialects truly share: the {@link io.polydesk.compat.support.Dialect} contract and its
 * registry, base-path prefixes, unmatched-request answers, the JSON body and query-parameter readers with
 * collected field errors, the {@code WWW-Authenticate} challenges, and Django REST Framework's paging and error
 * bodies ({@code drf}). Dialects never import one another.
 */
package io.polydesk.compat.support;
