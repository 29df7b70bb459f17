package io.polydesk.persistence.testing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mysql.MySQLContainer;

/**
 * The MySQL-family server tests run against: MySQL 8.4 in Testcontainers where Docker exists, otherwise the
 * server named by {@code POLYDESK_TEST_JDBC_URL}. On CI one of the two must be there; elsewhere, with
 * neither, real-database tests are skipped with a message that says how to run them.
 */
public final class RealDatabase {

    public record Connection(String url, String username, String password) {}

    private static volatile Optional<Connection> connection;

    private RealDatabase() {}

    public static synchronized Optional<Connection> connection() {
        if (connection == null) {
            connection = resolve();
        }
        return connection;
    }

    /** Skips the calling test when no real database is configured; on CI that is a failure instead. */
    public static Connection require() {
        Optional<Connection> found = connection();
        if (found.isEmpty()) {
            String how = "No MySQL-family test database: set POLYDESK_TEST_JDBC_URL (see .ci/run) or start Docker";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(how + "; CI must run the real-database tests");
            }
            Assumptions.abort(how);
        }
        return found.get();
    }

    private static Optional<Connection> resolve() {
        String url = System.getenv("POLYDESK_TEST_JDBC_URL");
        if (url != null && !url.isBlank()) {
            Map<String, String> query = query(url);
            String user = firstNonBlank(System.getenv("POLYDESK_TEST_JDBC_USERNAME"), query.get("user"));
            String password = firstNonBlank(System.getenv("POLYDESK_TEST_JDBC_PASSWORD"), query.get("password"));
            return Optional.of(new Connection(url, user, password == null ? "" : password));
        }
        if (dockerAvailable()) {
            MySQLContainer mysql = new MySQLContainer("mysql:8.4").withDatabaseName("polydesk");
            mysql.start();
            return Optional.of(new Connection(mysql.getJdbcUrl(), mysql.getUsername(), mysql.getPassword()));
        }
        return Optional.empty();
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static Map<String, String> query(String url) {
        Map<String, String> params = new HashMap<>();
        int q = url.indexOf('?');
        if (q < 0) {
            return params;
        }
        for (String pair : url.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
