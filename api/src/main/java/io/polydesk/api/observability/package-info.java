/**
 * What an operator watches: a request id on every response and log line, metrics tagged by surface and by GraphQL
 * operation, and health probes that mean what they say.
 */
package io.polydesk.api.observability;
