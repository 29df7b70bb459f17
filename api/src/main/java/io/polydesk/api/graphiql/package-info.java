/**
 * The GraphiQL explorer at {@code /graphiql}, served entirely by Polydesk: the page, its start-up script and the
 * GraphiQL and React bundles from WebJars, so it works on machines with no internet access.
 */
package io.polydesk.api.graphiql;
