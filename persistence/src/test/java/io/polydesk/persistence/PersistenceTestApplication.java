package io.polydesk.persistence;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/** The configuration {@code @MybatisTest} finds in this module: the mappers and repositories, nothing else. */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan("io.polydesk.persistence")
public class PersistenceTestApplication {}
