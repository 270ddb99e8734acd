package org.goldset.cli;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.goldset.format.FormatRegistry;
import org.goldset.format.GoldFormat;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;
import picocli.CommandLine;

/**
 * Help and version without starting the application: no database, no JPA, no Flyway, no CoreNLP.
 * picocli builds the commands only to describe them, so each command's services are left out (help
 * never calls a command). The formats the help lists are the same classes Spring would make beans
 * of, found by the same component scan, built without their services (naming one never needs them).
 */
public final class CommandHelp {

    private static final Set<String> HELP = Set.of("help", "--help", "-h", "--version", "-V");

    private CommandHelp() {
    }

    /** Whether the command line asks only for help or the version, anywhere before a {@code --}. */
    public static boolean wanted(String[] args) {
        if (args.length > 0 && HELP.contains(args[0])) {
            return true;
        }
        for (String arg : args) {
            if (arg.equals("--")) {
                return false;
            }
            if (arg.equals("--help") || arg.equals("-h")) {
                return true;
            }
        }
        return false;
    }

    /** Prints what was asked for; the exit code is picocli's. */
    public static int print(String[] args) {
        return new CommandLine(new GoldsetCommand(), new DescribingFactory(new FormatRegistry(formats())))
                .execute(args);
    }

    /** The formats the help describes: every GoldFormat class of the component scan, built without services. */
    static List<GoldFormat> formats() {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AssignableTypeFilter(GoldFormat.class));
        List<GoldFormat> formats = new ArrayList<>();
        for (BeanDefinition definition : scan.findCandidateComponents(GoldFormat.class.getPackageName())) {
            Class<?> type = ClassUtils.resolveClassName(definition.getBeanClassName(), CommandHelp.class.getClassLoader());
            formats.add((GoldFormat) withoutServices(type, null));
        }
        return formats;
    }

    /** Calls the class's one constructor with the registry where it asks for one and null for every other service. */
    private static Object withoutServices(Class<?> type, FormatRegistry registry) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructors()[0];
            Object[] arguments = new Object[constructor.getParameterCount()];
            Class<?>[] parameters = constructor.getParameterTypes();
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = parameters[i] == FormatRegistry.class ? registry : null;
            }
            constructor.setAccessible(true);
            return constructor.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot describe " + type.getName(), e);
        }
    }

    /** picocli's factory for describing: every command, converter and list of candidates built without services. */
    private record DescribingFactory(FormatRegistry formats) implements CommandLine.IFactory {

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type.getDeclaredConstructors().length == 1 && type.getDeclaredConstructors()[0].getParameterCount() > 0) {
                return type.cast(withoutServices(type, formats));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
