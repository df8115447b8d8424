package org.dancu.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dancu.DancuApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/** Starts the application context for a command, with the command's own default properties. */
final class SpringLauncher {

    /** Defaults of a command that prints its own report: warnings only. */
    static final Map<String, Object> QUIET = Map.of(
            "logging.level.root", "WARN",
            "spring.main.log-startup-info", "false");

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

    /**
     * The settings a command would run with, and the database they name (the embedded one started or attached
     * to), without the application's beans: for commands that work beside the application, not inside it.
     */
    static ConfigurableApplicationContext settingsOnly(List<String> arguments, Map<String, Object> defaults) {
        requireOptions(arguments);
        SpringApplication application = new SpringApplication(NoBeans.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(defaults);
        return application.run(arguments.toArray(String[]::new));
    }

    /** The source of a context that holds the settings only. */
    @Configuration(proxyBeanMethods = false)
    static class NoBeans {
    }

    /**
     * The application for a command. Without a web server the process runs no background jobs
     * ({@code dancu.jobs.enabled}), which the servers take, unless the command's defaults turn them on to run its
     * own long work on the runner ({@code dancu reconcile}).
     */
    static ConfigurableApplicationContext start(List<String> arguments, WebApplicationType type,
                                                Map<String, Object> defaults) {
        requireOptions(arguments);
        SpringApplication application = new SpringApplication(DancuApplication.class);
        application.setWebApplicationType(type);
        Map<String, Object> properties = new HashMap<>(defaults);
        if (type == WebApplicationType.NONE) {
            properties.putIfAbsent("dancu.jobs.enabled", "false");
        }
        application.setDefaultProperties(properties);
        return application.run(arguments.toArray(String[]::new));
    }
}
