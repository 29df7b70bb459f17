package io.polydesk.persistence;

import io.polydesk.persistence.support.UtcInstantTypeHandler;
import java.time.Instant;
import java.util.Properties;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.mapping.DatabaseIdProvider;
import org.apache.ibatis.mapping.VendorDatabaseIdProvider;
import org.apache.ibatis.type.JdbcType;
import org.mybatis.spring.annotation.MapperScan;
import org.mybatis.spring.boot.autoconfigure.ConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the MyBatis adapters: only {@link Mapper}-annotated interfaces become mappers, statements may be
 * specialised per database family, and instants are stored as UTC whatever the JVM's zone.
 */
@Configuration(proxyBeanMethods = false)
@MapperScan(basePackages = "io.polydesk.persistence", annotationClass = Mapper.class)
public class PersistenceConfiguration {

    /** MariaDB speaks MySQL's SQL, so both share the {@code mysql} statements; H2 runs in MySQL mode. */
    @Bean
    DatabaseIdProvider databaseIdProvider() {
        Properties vendors = new Properties();
        vendors.setProperty("MySQL", "mysql");
        vendors.setProperty("MariaDB", "mysql");
        vendors.setProperty("H2", "h2");
        VendorDatabaseIdProvider provider = new VendorDatabaseIdProvider();
        provider.setProperties(vendors);
        return provider;
    }

    @Bean
    ConfigurationCustomizer polydeskMyBatisSettings() {
        return configuration -> {
            configuration.getTypeHandlerRegistry().register(Instant.class, new UtcInstantTypeHandler());
            // A null parameter of unknown type must bind as SQL NULL on every driver, not as OTHER.
            configuration.setJdbcTypeForNull(JdbcType.NULL);
        };
    }
}
