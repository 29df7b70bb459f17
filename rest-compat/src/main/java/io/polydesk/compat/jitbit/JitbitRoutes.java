package io.polydesk.compat.jitbit;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.http.HttpMethod;

/** Jitbit's method names, matched ignoring case, each with the HTTP verbs it answers and its handler. */
final class JitbitRoutes {

    /** Answers one call; a returned value is the JSON body, a {@code ResponseEntity} is sent as it is. */
    @FunctionalInterface
    interface Handler {
        Object handle(JitbitCall call) throws Exception;
    }

    record Route(Set<HttpMethod> verbs, Handler handler) {}

    private static final Set<HttpMethod> READ = Set.of(HttpMethod.GET, HttpMethod.POST);
    private static final Set<HttpMethod> WRITE = Set.of(HttpMethod.POST);

    private final Map<String, Route> routes = new HashMap<>();
    private final Map<String, Set<HttpMethod>> names = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    /** A read: GET, and POST too, as clients post filters to list methods. */
    void read(String name, Handler handler) {
        add(name, READ, handler);
    }

    /** A write: POST only. */
    void write(String name, Handler handler) {
        add(name, WRITE, handler);
    }

    /** A write the document calls with GET ({@code Close}, {@code DeleteFile}); POST works too. */
    void writeByGet(String name, Handler handler) {
        add(name, READ, handler);
    }

    /** A name answering reads with one handler and POST writes with another ({@code /api/Ticket}). */
    void readOrWrite(String name, Handler read, Handler write) {
        add(name, Set.of(HttpMethod.GET), read);
        routes.put(key(name, HttpMethod.POST), new Route(WRITE, write));
        names.get(name).add(HttpMethod.POST);
    }

    private void add(String name, Set<HttpMethod> verbs, Handler handler) {
        names.computeIfAbsent(name, n -> new LinkedHashSet<>()).addAll(verbs);
        for (HttpMethod verb : verbs) {
            if (routes.putIfAbsent(key(name, verb), new Route(verbs, handler)) != null) {
                throw new IllegalStateException("Jitbit method " + name + " " + verb + " registered twice");
            }
        }
    }

    /** Every method name as the document spells it, with the verbs it answers, for the API document. */
    Map<String, Set<HttpMethod>> names() {
        return Collections.unmodifiableMap(names);
    }

    Route find(String name, HttpMethod verb) {
        return routes.get(key(name, verb));
    }

    /** The verbs some route of this name answers; empty when the name is unknown. */
    Set<HttpMethod> verbs(String name) {
        String prefix = name.toLowerCase(Locale.ROOT) + " ";
        Set<HttpMethod> verbs = new HashSet<>();
        routes.forEach((key, route) -> {
            if (key.startsWith(prefix)) {
                verbs.add(HttpMethod.valueOf(key.substring(prefix.length())));
            }
        });
        return verbs;
    }

    private static String key(String name, HttpMethod verb) {
        return name.toLowerCase(Locale.ROOT) + " " + verb.name();
    }
}
