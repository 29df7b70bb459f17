package io.polydesk.api.graphql.batch;

import com.mysql.cj.MysqlConnection;
import com.mysql.cj.Query;
import com.mysql.cj.interceptors.QueryInterceptor;
import com.mysql.cj.log.Log;
import com.mysql.cj.protocol.Message;
import com.mysql.cj.protocol.Resultset;
import com.mysql.cj.protocol.ServerSession;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A Connector/J interceptor that sees every command packet the driver sends, the statements the application
 * runs and those the driver issues itself ({@code SET autocommit=0}, {@code commit}, pings): each is one round
 * trip. The driver makes one instance per connection, so the count is kept for the whole process.
 */
public class ServerCommandCounter implements QueryInterceptor {

    private static final AtomicLong COMMANDS = new AtomicLong();
    private static final Deque<String> RECENT = new ConcurrentLinkedDeque<>();

    public static long count() {
        return COMMANDS.get();
    }

    /** The latest {@code n} commands (at most 100), oldest first, for a failing assertion to show. */
    public static List<String> latest(long n) {
        List<String> all = new ArrayList<>(RECENT);
        return all.subList((int) Math.max(0, all.size() - n), all.size());
    }

    @Override
    public <M extends Message> M preProcess(M packet) {
        COMMANDS.incrementAndGet();
        RECENT.addLast(describe(packet.getByteBuffer(), packet.getPosition()));
        while (RECENT.size() > 100) {
            RECENT.pollFirst();
        }
        return null;
    }

    private static String describe(byte[] bytes, int length) {
        if (length == 0) {
            return "?";
        }
        return switch (bytes[0]) {
            case 0x03 -> shortened(new String(bytes, 1, Math.min(length, bytes.length) - 1, StandardCharsets.UTF_8));
            case 0x0e -> "(ping)";
            case 0x17 -> "(execute prepared)";
            case 0x16 -> "(prepare)";
            default -> "(command " + bytes[0] + ")";
        };
    }

    private static String shortened(String sql) {
        String text = sql.replaceAll("\\s+", " ").strip();
        return text.length() > 90 ? text.substring(0, 90) + "..." : text;
    }

    @Override
    public QueryInterceptor init(MysqlConnection connection, Properties properties, Log log) {
        return this;
    }

    @Override
    public <T extends Resultset> T preProcess(Supplier<String> sql, Query query) {
        return null;
    }

    @Override
    public boolean executeTopLevelOnly() {
        return false;
    }

    @Override
    public void destroy() {}

    @Override
    public <T extends Resultset> T postProcess(
            Supplier<String> sql, Query query, T originalResultSet, ServerSession serverSession) {
        return null;
    }
}
