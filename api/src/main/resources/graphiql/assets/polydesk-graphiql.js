/*
 * Starts GraphiQL against Polydesk's GraphQL endpoint. The page passes the endpoints in data attributes, so
 * this file stays static and the page's Content-Security-Policy needs no inline script.
 *
 * Like GraphiQL's classic page, ?query=, ?variables= and ?operationName= fill the editors on load and follow
 * every edit, so the address can be shared. Headers never go into the address or into storage: they usually
 * hold a bearer token.
 *
 * The sign-in bar runs the login mutation and keeps the token in this page's memory only: it is sent as
 * Authorization with every request the editor's headers do not already authorize, and is gone on reload.
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

  var STARTING_QUERY = [
    '# Welcome to Polydesk. Sign in above (or put an Authorization header in the Headers tab),',
    '# then run this query with the play button or Ctrl-Enter. The Docs button lists everything else.',
    'query AgentInbox {',
    '  me { username role }',
    '  tickets(first: 10, filter: {status: ["new", "open"]}) {',
    '    totalCount',
    '    pageInfo { hasNextPage endCursor }',
    '    nodes {',
    '      number',
    '      title',
    '      status { key name }',
    '      priority { key name }',
    '      requester { username }',
    '      assignee { username }',
    '      viewerCanUpdate',
    '      viewerCanComment',
    '      commentCount',
    '      timeline(first: 3) {',
    '        nodes {',
    '          __typename',
    '          ... on Comment { createdAt internal content author { username } }',
    '          ... on StatusChangedEvent { at from { key } to { key } }',
    '          ... on AssignedEvent { at assignee { username } }',
    '        }',
    '      }',
    '    }',
    '  }',
    '}',
    ''
  ].join('\n');

  var LOGIN = 'mutation PolydeskSignIn($login: String!, $password: String!) {'
    + ' login(input: {login: $login, password: $password}) { token user { username role } } }';

  var token = null;
  var form = document.getElementById('polydesk-sign-in');
  var status = form.querySelector('.polydesk-sign-in-status');

  function show(message, isError) {
    status.textContent = message;
    status.classList.toggle('polydesk-sign-in-error', !!isError);
  }

  function signedIn(user) {
    form.elements.password.value = '';
    form.elements.signOut.hidden = false;
    show('Signed in as ' + user.username + ' (' + user.role + ')', false);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    show('Signing in\u2026', false);
    fetch(endpoint, {
      method: 'POST',
      headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
      body: JSON.stringify({
        query: LOGIN,
        variables: {login: form.elements.login.value, password: form.elements.password.value}
      })
    }).then(function (response) {
      return response.json();
    }).then(function (answer) {
      var login = answer && answer.data && answer.data.login;
      if (!login || !login.token) {
        token = null;
        var error = answer && answer.errors && answer.errors[0];
        show(error && error.message ? error.message : 'Sign-in failed', true);
        return;
      }
      token = login.token;
      signedIn(login.user);
    }).catch(function () {
      token = null;
      show('Polydesk did not answer', true);
    });
  });

  form.elements.signOut.addEventListener('click', function () {
    token = null;
    form.elements.signOut.hidden = true;
    show('Signed out', false);
  });

  function withToken(headers) {
    var merged = Object.assign({}, headers || {});
    var authorized = Object.keys(merged).some(function (name) {
      return name.toLowerCase() === 'authorization';
    });
    if (token && !authorized) {
      merged.Authorization = 'Bearer ' + token;
    }
    return merged;
  }

  // Editor headers go with every HTTP request and, for subscriptions, into the WebSocket connection_init payload.
  var graphQlFetcher = GraphiQL.createFetcher({
    url: endpoint,
    subscriptionUrl: subscriptionUrl()
  });

  function fetcher(graphQlParams, options) {
    var opts = Object.assign({}, options || {});
    opts.headers = withToken(opts.headers);
    return graphQlFetcher(graphQlParams, opts);
  }

  ReactDOM.createRoot(container).render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    query: parameter('query'),
    defaultQuery: STARTING_QUERY,
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
