package org.dancu.cli;

import java.util.List;
import java.util.Map;

import org.dancu.DancuApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application context for a command, with the command's own default properties. */
final class SpringLauncher {

    private SpringLauncher() {
    }

    /** Refuses anything but {@code --name=value} options, before any start-up work is done. */
    static void requireOptions(List<String> arguments) {
        for (String argument : arguments) {
            if (!argument.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + argument
                        + "': options take the form --name=value");
            }
        }
    }

    static ConfigurableApplicationContext start(List<String> arguments, WebApplicationType type,
                                                Map<String, Object> defaults) {
        requireOptions(arguments);
        SpringApplication application = new SpringApplication(DancuApplication.class);
        application.setWebApplicationType(type);
        application.setDefaultProperties(defaults);
        return application.run(arguments.toArray(String[]::new));
    }
}
