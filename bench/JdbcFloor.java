import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The database floor: primary-key reads of one ticket row over plain JDBC, one connection per thread, as fast as
 * the server answers. Run with the Connector/J jar on the class path: java -cp connector.jar JdbcFloor.java URL
 * USER PASSWORD SECONDS THREADS MAX_ID
 */
public class JdbcFloor {
    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args[2];
        long seconds = Long.parseLong(args[3]);
        int threads = Integer.parseInt(args[4]);
        long maxId = Long.parseLong(args[5]);
        AtomicLong reads = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Thread[] workers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            workers[i] = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(url, user, password);
                        PreparedStatement read = c.prepareStatement(
                                "SELECT id, number, title, status_id, priority_id FROM tickets WHERE id = ?")) {
                    long id = 1;
                    while (System.nanoTime() < end) {
                        read.setLong(1, 1 + (id++ % maxId));
                        try (ResultSet rows = read.executeQuery()) {
                            rows.next();
                        }
                        reads.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            workers[i].start();
        }
        for (Thread t : workers) {
            t.join();
        }
        System.out.printf("%.0f%n", reads.get() / (double) seconds);
    }
}
