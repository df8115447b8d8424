package org.dancu.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Entry point of the jar: {@code dancu [command] [options]}; without a command it serves the web application. */
public final class Main {

    static final List<Command> COMMANDS = List.of(
            new ServeCommand(),
            new DemoCommand(),
            new AuditVerifyCommand(),
            new VerifyResultCommand(),
            new BackupCommand(),
            new RestoreCommand(),
            new GenerateCommand(),
            new ImportCommand(),
            new LinkCommand(),
            new DedupeCommand(),
            new CommunesCommand(),
            new NationalSimCommand(),
            new EidSimCommand(),
            new BankSimCommand(),
            new ReconcileCommand());

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(Arrays.asList(args), System.out, System.err);
        if (code != ServeCommand.KEEP_RUNNING) {
            System.exit(code);
        }
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).startsWith("--") && !isHelp(args.get(0))) {
            return run(prepend("serve", args), out, err);
        }
        String name = args.get(0);
        if (isHelp(name)) {
            printHelp(out);
            return 0;
        }
        Optional<Command> command = COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst();
        if (command.isEmpty()) {
            err.println("dancu: unknown command '" + name + "'. Run 'dancu --help' for the list.");
            return 2;
        }
        List<String> arguments = args.subList(1, args.size());
        // "help" alone may be an option's value, so after a command only the flags ask for help
        if (arguments.contains("--help") || arguments.contains("-h")) {
            printUsage(command.get(), out);
            return 0;
        }
        try {
            return command.get().run(arguments);
        } catch (IllegalArgumentException usage) {
            err.println("dancu: " + usage.getMessage());
            return 2;
        }
    }

    private static List<String> prepend(String command, List<String> args) {
        List<String> all = new java.util.ArrayList<>(args);
        all.add(0, command);
        return all;
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
    }

    private static void printUsage(Command command, PrintStream out) {
        out.println("Usage: dancu " + command.name() + " " + command.usage());
        out.println();
        out.println(command.summary());
    }

    static void printHelp(PrintStream out) {
        out.println("Usage: dancu [command] [--property=value ...]");
        out.println();
        out.println("Commands:");
        for (Command command : COMMANDS) {
            out.printf("  %-14s %s%n", command.name(), command.summary());
        }
        out.println();
        out.println("link and dedupe read and write CSV files and need no database; exit code 2 means bad");
        out.println("arguments or input files (nothing is written then). See docs/linkage.md.");
        out.println("Spring Boot properties follow the command, e.g. 'dancu serve --server.port=9090'.");
        out.println("'dancu COMMAND --help' prints the options of one command.");
        out.println("Without DANCU_DB_URL the data lives in an embedded PostgreSQL under ./data/, its passwords");
        out.println("and the keys under ./secrets/ (DANCU_SECRETS_DIR); back both up with 'dancu backup'.");
    }
}
