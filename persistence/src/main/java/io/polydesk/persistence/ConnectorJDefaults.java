package io.polydesk.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Connector/J settings that spare round trips, given to a MySQL or MariaDB pool unless the URL or
 * {@code spring.datasource.hikari.data-source-properties} already names them (README, "Database round trips").
 */
@Component
class ConnectorJDefaults implements BeanPostProcessor {

    static final Map<String, String> DEFAULTS = Map.ofEntries(
            // Trust the driver's own record of autocommit, read-only and isolation instead of asking or re-sending.
            Map.entry("useLocalSessionState", "true"),
            // No COMMIT or ROLLBACK when the server reports no transaction open.
            Map.entry("useLocalTransactionState", "true"),
            // No SET autocommit when the server is already in the state asked for.
            Map.entry("elideSetAutoCommits", "true"),
            // SET TRANSACTION ISOLATION only when it changes.
            Map.entry("alwaysSendSetIsolation", "false"),
            // A new connection reuses the server variables the first one read.
            Map.entry("cacheServerConfiguration", "true"),
            // Parse each statement's SQL once per connection, not on every execution.
            Map.entry("cachePrepStmts", "true"),
            Map.entry("prepStmtCacheSize", "250"),
            Map.entry("prepStmtCacheSqlLimit", "2048"),
            Map.entry("cacheResultSetMetadata", "true"),
            // A batch of inserts goes as one multi-row INSERT.
            Map.entry("rewriteBatchedStatements", "true"),
            Map.entry("maintainTimeStats", "false"));

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && isMySqlFamily(pool.getJdbcUrl())) {
            String url = pool.getJdbcUrl().toLowerCase(Locale.ROOT);
            DEFAULTS.forEach((name, value) -> {
                if (!namedIn(url, name) && !namedIn(pool, name)) {
                    pool.addDataSourceProperty(name, value);
                }
            });
        }
        return bean;
    }

    static boolean isMySqlFamily(String url) {
        return url != null && url.startsWith("jdbc:mysql:");
    }

    private static boolean namedIn(String url, String name) {
        int query = url.indexOf('?');
        if (query < 0) {
            return false;
        }
        for (String pair : url.substring(query + 1).split("&")) {
            if (pair.split("=", 2)[0].equals(name.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean namedIn(HikariDataSource pool, String name) {
        return pool.getDataSourceProperties().stringPropertyNames().stream().anyMatch(name::equalsIgnoreCase);
    }
}
