package io.polydesk.compat.jitbit;

import io.polydesk.compat.support.ConditionalOnDialect;
import io.polydesk.compat.support.QueryParams;
import io.polydesk.compat.support.RequestParameters;
import io.polydesk.compat.support.RequestRejected;
import io.polydesk.domain.shared.Actor;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one handler of every Jitbit call: Jitbit's method names and parameters are case-insensitive, which Spring
 * MVC's mappings are not, so {@link JitbitHandlerMapping} routes here and this dispatches on the lower-cased
 * method name to the {@link JitbitMethods} that registered it.
 */
@Component
@ConditionalOnDialect(JitbitDialect.NAME)
class JitbitFrontController {

    private final JitbitDialect dialect;
    private final JsonMapper json;
    private final JitbitRoutes routes = new JitbitRoutes();

    JitbitFrontController(JitbitDialect dialect, JsonMapper json, List<JitbitMethods> methods) {
        this.dialect = dialect;
        this.json = json;
        methods.forEach(m -> m.register(routes));
    }

    /** The method names it answers, with their verbs. */
    Map<String, Set<HttpMethod>> methods() {
        return routes.names();
    }

    ResponseEntity<?> call(@AuthenticationPrincipal Actor actor, HttpServletRequest request) throws Exception {
        String rest = dialect.remainder(request);
        List<String> segments =
                List.of(rest.split("/")).stream().filter(s -> !s.isEmpty()).toList();
        if (segments.isEmpty() || segments.size() > 2) {
            throw RequestRejected.message(HttpStatus.NOT_FOUND, "Unknown API method");
        }
        String name = segments.get(0);
        HttpMethod verb = HttpMethod.valueOf(request.getMethod());
        JitbitRoutes.Route route = routes.find(name, verb);
        if (route == null) {
            Set<HttpMethod> allowed = routes.verbs(name);
            if (allowed.isEmpty()) {
                throw RequestRejected.message(HttpStatus.NOT_FOUND, "Unknown API method: " + name);
            }
            return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
                    .header(
                            HttpHeaders.ALLOW,
                            allowed.stream().map(HttpMethod::name).sorted().collect(Collectors.joining(", ")))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(JitbitErrors.body(name + " does not answer " + verb.name()));
        }
        QueryParams params = QueryParams.ignoringCase(RequestParameters.of(request, json), JitbitErrors.WORDING);
        JitbitCall call = new JitbitCall(actor, params, segments.size() == 2 ? segments.get(1) : null, request);
        Object answer = route.handler().handle(call);
        params.validate();
        if (answer instanceof ResponseEntity<?> entity) {
            return entity;
        }
        return answer == null ? ResponseEntity.ok().build() : ResponseEntity.ok(answer);
    }
}
