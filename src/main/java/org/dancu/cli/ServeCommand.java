package org.dancu.cli;

import java.util.List;
import java.util.Map;

import org.springframework.boot.WebApplicationType;

/** Serves the web application until the process is stopped. */
class ServeCommand implements Command {

    /** Exit code meaning "the server runs on; do not exit the JVM". */
    static final int KEEP_RUNNING = -1;

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String summary() {
        return "serve the web application (default command)";
    }

    @Override
    public String usage() {
        return "[--property=value ...]\n"
                + "  Spring Boot properties, e.g. --server.port=9090 (docs/configuration.md)";
    }

    @Override
    public int run(List<String> arguments) {
        return serve(arguments, Map.of());
    }

    static int serve(List<String> arguments, Map<String, Object> defaults) {
        SpringLauncher.requireOptions(arguments);
        try {
            SpringLauncher.start(arguments, WebApplicationType.SERVLET, defaults);
            return KEEP_RUNNING;
        } catch (RuntimeException e) {
            // Spring Boot has already reported why the start failed
            return 1;
        }
    }
}
