package io.polydesk.api.graphql.batch;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps the application's DataSource so a test can count what a request sends to the database. On MySQL and
 * MariaDB the driver itself reports every command it sends ({@link ServerCommandCounter}): statements, {@code SET
 * autocommit}, {@code COMMIT}, pings. On H2, where nothing goes over a wire, the JDBC calls are counted as a
 * driver without local state tracking would send them: every statement executed, every commit and rollback, and
 * every change of auto-commit, read-only or isolation.
 */
public class StatementCountingDataSource implements BeanPostProcessor {

    private static final Map<String, Class<?>> STATEMENT_FACTORIES = Map.of(
            "prepareStatement", PreparedStatement.class,
            "prepareCall", CallableStatement.class,
            "createStatement", Statement.class);

    private final AtomicLong calls = new AtomicLong();
    private volatile boolean onServer;

    /** Round trips so far: the driver's count on MySQL-family servers, the JDBC calls' count on H2. */
    public long count() {
        return onServer ? ServerCommandCounter.count() : calls.get();
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari
                && hikari.getJdbcUrl() != null
                && hikari.getJdbcUrl().startsWith("jdbc:mysql:")) {
            hikari.addDataSourceProperty("queryInterceptors", ServerCommandCounter.class.getName());
            onServer = true;
        }
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = invoke(target, method, args);
                return result instanceof Connection connection ? countingConnection(connection) : result;
            });
        }
        return bean;
    }

    private Connection countingConnection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            switch (method.getName()) {
                case "commit", "rollback" -> calls.incrementAndGet();
                case "setAutoCommit" -> countIfChanged(target.getAutoCommit(), args[0]);
                case "setReadOnly" -> countIfChanged(target.isReadOnly(), args[0]);
                case "setTransactionIsolation" -> countIfChanged(target.getTransactionIsolation(), args[0]);
                default -> {}
            }
            Object result = invoke(target, method, args);
            Class<?> type = STATEMENT_FACTORIES.get(method.getName());
            return type == null ? result : countingStatement(type, result);
        });
    }

    private void countIfChanged(Object current, Object wanted) {
        if (!current.equals(wanted)) {
            calls.incrementAndGet();
        }
    }

    private Object countingStatement(Class<?> type, Object statement) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                calls.incrementAndGet();
            }
            return invoke(statement, method, args);
        };
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private interface Handler<T> {
        Object handle(T target, Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler invocation = (proxy, method, args) -> handler.handle(target, method, args);
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, invocation));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
