/*
 * Starts GraphiQL against Polydesk's GraphQL endpoint. The page passes the endpoints in data attributes, so
 * this file stays static and the page's Content-Security-Policy needs no inline script.
 *
 * Like GraphiQL's classic page, ?query=, ?variables= and ?operationName= fill the editors on load and follow
 * every edit, so the address can be shared. Headers never go into the address or into storage: they usually
 * hold a bearer token.
 */
(function () {
  'use strict';

  var container = document.getElementById('graphiql');
  var endpoint = container.getAttribute('data-endpoint');
  var subscriptionPath = container.getAttribute('data-subscription-endpoint');
  var parameters = new URLSearchParams(window.location.search);

  function subscriptionUrl() {
    if (!subscriptionPath) {
      return undefined;
    }
    var scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
    return scheme + '//' + window.location.host + subscriptionPath;
  }

  function parameter(name) {
    var value = parameters.get(name);
    return value === null ? undefined : value;
  }

  function follow(name) {
    return function (value) {
      if (value) {
        parameters.set(name, value);
      } else {
        parameters.delete(name);
      }
      var search = parameters.toString();
      window.history.replaceState(window.history.state, '',
        window.location.pathname + (search ? '?' + search : '') + window.location.hash);
    };
  }

  // Editor headers go with every HTTP request and, for subscriptions, into the WebSocket connection_init payload.
  var fetcher = GraphiQL.createFetcher({
    url: endpoint,
    subscriptionUrl: subscriptionUrl()
  });

  ReactDOM.createRoot(container).render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    query: parameter('query'),
    variables: parameter('variables'),
    operationName: parameter('operationName'),
    onEditQuery: follow('query'),
    onEditVariables: follow('variables'),
    onEditOperationName: follow('operationName'),
    isHeadersEditorEnabled: true,
    shouldPersistHeaders: false,
    defaultEditorToolsVisibility: parameters.has('variables') ? 'variables' : undefined
  }));
})();
