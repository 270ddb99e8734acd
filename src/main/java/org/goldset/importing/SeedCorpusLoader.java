package org.goldset.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.goldset.base.GoldsetProperties;
import org.goldset.corpus.DocumentService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** On the web app's first start with an empty database, imports the built-in corpus in {@code seeds/}. */
@Component
@Profile("!cli")
class SeedCorpusLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedCorpusLoader.class);

    private final DocumentService documents;
    private final CorpusImporter importer;
    private final boolean enabled;
    private final Path seedsFolder;

    SeedCorpusLoader(DocumentService documents, CorpusImporter importer,
                     GoldsetProperties properties) {
        this.documents = documents;
        this.importer = importer;
        this.enabled = properties.seeds().enabled();
        this.seedsFolder = properties.seeds().folder();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || documents.countDocuments() > 0) {
            return;
        }
        if (!Files.isDirectory(seedsFolder)) {
            log.warn("The database is empty and there is no seeds folder at {}; start Goldset from its project "
                    + "folder or import articles with the import command.", seedsFolder.toAbsolutePath());
            return;
        }
        ImportReport report = importer.importPaths(List.of(seedsFolder), CorpusImporter.ImportProgress.NONE);
        log.info("First start: imported the built-in corpus from {}: {}", seedsFolder.toAbsolutePath(), report.summary());
        report.problems().forEach(problem -> log.warn("Seed file refused: {}", problem));
    }
}
