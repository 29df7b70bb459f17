package io.polydesk.api.graphql.batch;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps the application's DataSource so a test can count the SQL statements a request runs: every
 * {@code prepareStatement}, {@code prepareCall} and {@code createStatement} on any connection it hands out.
 */
public class StatementCountingDataSource implements BeanPostProcessor {

    private static final Set<String> STATEMENT_FACTORIES = Set.of("prepareStatement", "prepareCall", "createStatement");

    private final AtomicLong statements = new AtomicLong();

    public long count() {
        return statements.get();
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
            if (STATEMENT_FACTORIES.contains(method.getName())) {
                statements.incrementAndGet();
            }
            return invoke(target, method, args);
        });
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
