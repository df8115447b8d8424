package org.dancu.cli;

import java.util.List;
import java.util.Map;

/** Serves the web application with demo accounts and a synthetic population, created on first start. */
class DemoCommand implements Command {

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "serve with demo accounts (printed at first start) and a synthetic population";
    }

    @Override
    public String usage() {
        return "[--property=value ...]\n"
                + "  --dancu.demo.people=N         size of the synthetic population loaded into an empty register\n"
                + "  --dancu.demo.reset-passwords=true   print new passwords for the demo accounts\n"
                + "  any other Spring Boot property, e.g. --server.port=9090 (docs/configuration.md)";
    }

    @Override
    public int run(List<String> arguments) {
        return ServeCommand.serve(arguments, Map.of("dancu.demo.enabled", "true"));
    }
}
