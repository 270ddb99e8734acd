package org.goldset.schema;

import java.nio.file.Path;
import org.goldset.base.GoldsetProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The schema in force: the built-in YAML unless {@code goldset.schema} names another file. */
@Configuration
class SchemaConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SchemaConfiguration.class);

    @Bean
    AnnotationSchema annotationSchema(GoldsetProperties properties) {
        String schemaFile = properties.schema();
        if (schemaFile.isBlank()) {
            return SchemaLoader.loadDefault();
        }
        log.info("Using annotation schema {}", schemaFile);
        return SchemaLoader.load(Path.of(schemaFile));
    }
}
