package org.goldset.cli;

import org.springframework.context.ApplicationContext;
import picocli.CommandLine;

/** Lets picocli take command objects from Spring, so commands get their services injected. */
class SpringCommandFactory implements CommandLine.IFactory {

    private final ApplicationContext context;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    SpringCommandFactory(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        return context.getBeanNamesForType(type).length > 0 ? context.getBean(type) : fallback.create(type);
    }
}
