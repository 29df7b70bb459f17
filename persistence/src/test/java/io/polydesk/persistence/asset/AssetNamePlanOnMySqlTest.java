package io.polydesk.persistence.asset;

import static org.assertj.core.api.Assertions.assertThat;

import io.polydesk.persistence.OnMySql;
import io.polydesk.persistence.RepositoryTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.scripting.defaults.DefaultParameterHandler;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * BOSSDesk's {@code by_barcode} finds a CI by name through {@code ix_assets_live_name}, not by scanning: the server's
 * plan for the statement, over a few thousand committed assets whose statistics the test refreshes first.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class AssetNamePlanOnMySqlTest extends RepositoryTest implements OnMySql {

    private static final int ASSETS = 2000;

    @Autowired
    SqlSessionFactory sessions;

    @Autowired
    DataSource dataSource;

    private String prefix;

    @BeforeEach
    void aFewThousandAssets() {
        prefix = unique("plan");
        long status = jdbc.queryForObject("SELECT MIN(id) FROM asset_statuses", Long.class);
        for (int batch = 0; batch < ASSETS / 500; batch++) {
            StringBuilder sql =
                    new StringBuilder("INSERT INTO assets (name, status_id, archived, created_at, updated_at) VALUES ");
            for (int i = 0; i < 500; i++) {
                sql.append(i == 0 ? "" : ",")
                        .append("('")
                        .append(prefix)
                        .append(' ')
                        .append(batch * 500 + i)
                        .append("',")
                        .append(status)
                        .append(",FALSE,NOW(3),NOW(3))");
            }
            jdbc.update(sql.toString());
        }
        jdbc.execute("ANALYZE TABLE assets");
    }

    @AfterEach
    void removeThem() {
        jdbc.update("DELETE FROM assets WHERE name LIKE ?", prefix + " %");
        jdbc.execute("ANALYZE TABLE assets");
    }

    @Test
    void aNameIsLookedUpInTheLiveNameIndex() throws Exception {
        MappedStatement mapped =
                sessions.getConfiguration().getMappedStatement(AssetMapper.class.getName() + ".findLiveByName");
        Map<String, Object> parameters = Map.of("name", prefix + " 1234", "limit", 100);
        BoundSql sql = mapped.getBoundSql(parameters);
        List<String> plan = new ArrayList<>();
        String key = null;
        boolean fullScan = false;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql.getSql())) {
            new DefaultParameterHandler(mapped, parameters, sql).setParameters(explain);
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.add(rows.getString("table") + ": " + rows.getString("type") + " " + rows.getString("key")
                            + " (" + rows.getString("rows") + " rows)");
                    fullScan |= "ALL".equalsIgnoreCase(rows.getString("type"));
                    key = rows.getString("key");
                }
            }
        }
        assertThat(fullScan).as("plan %s", plan).isFalse();
        assertThat(key).as("plan %s", plan).isEqualTo("ix_assets_live_name");
    }
}
