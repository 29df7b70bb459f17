package io.polydesk.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.persistence.testing.H2Database;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V60 turns the free-text manufacturers and suppliers of existing assets into lookup rows and references,
 * losing no asset's value. Runs on a fresh H2 database (a shared MySQL-family server has no room for a second,
 * unmigrated schema; the same SQL was checked there by hand, see the README's assets section).
 */
class AssetVendorMigrationTest {

    @Test
    void existingTextValuesBecomeOneRowPerNameIgnoringCaseAndBlanksBecomeNoReference() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(H2Database.newUrl(), "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .target("52")
                .load()
                .migrate();
        long status = jdbc.queryForObject("SELECT id FROM asset_statuses WHERE code = 'active'", Long.class);
        insert(jdbc, "a", " Dell ", "CDW", status, "2026-01-02 10:00:00.000");
        insert(jdbc, "b", "Dell", null, status, "2026-01-01 09:00:00.000");
        insert(jdbc, "c", "HP", "  ", status, "2026-01-03 08:00:00.000");
        insert(jdbc, "d", "", "Insight", status, "2026-01-04 08:00:00.000");
        insert(jdbc, "e", null, "cdw", status, "2026-01-05 08:00:00.000");

        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();

        assertThat(jdbc.queryForList("SELECT name FROM asset_manufacturers ORDER BY name", String.class))
                .containsExactly("Dell", "HP");
        assertThat(jdbc.queryForList("SELECT name FROM asset_suppliers ORDER BY name", String.class))
                .containsExactly("CDW", "Insight");
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT a.name, m.name AS manufacturer, s.name AS supplier
                FROM assets a
                LEFT JOIN asset_manufacturers m ON m.id = a.manufacturer_id
                LEFT JOIN asset_suppliers s ON s.id = a.supplier_id
                ORDER BY a.name""");
        assertThat(rows)
                .extracting(r -> r.get("name") + "|" + r.get("manufacturer") + "|" + r.get("supplier"))
                .containsExactly("a|Dell|CDW", "b|Dell|null", "c|HP|null", "d|null|Insight", "e|null|CDW");
        assertThat(jdbc.queryForObject(
                                "SELECT created_at FROM asset_manufacturers WHERE name = 'Dell'",
                                java.sql.Timestamp.class)
                        .toLocalDateTime())
                .hasToString("2026-01-01T09:00");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM asset_statuses WHERE archived", Integer.class))
                .isZero();
    }

    private static void insert(
            JdbcTemplate jdbc, String name, String manufacturer, String supplier, long status, String at) {
        jdbc.update("""
                INSERT INTO assets (name, status_id, manufacturer, supplier, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)""", name, status, manufacturer, supplier, at, at);
    }
}
