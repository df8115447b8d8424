package org.dancu.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dancu.register.BulkImport;
import org.dancu.register.ImportOutcome;
import org.dancu.tabular.TabularException;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;

/**
 * {@code dancu import --file FILE [--mapping COLUMN=FIELD,...] [--dry-run]}: an administrator's bulk
 * load, checked like an officer's upload over the whole deployment province and applied in one
 * transaction only when no row has a problem. Exit 0 when checked clean (and applied unless a dry
 * run), 1 when rows have problems (nothing written), 2 for bad arguments or an unreadable file.
 */
class ImportCommand implements Command {

    static final int PROBLEMS = 1;

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "check and load persons from CSV/XLSX: --file F [--mapping COLUMN=FIELD,...] [--dry-run]";
    }

    @Override
    public String usage() {
        return "--file F [--mapping COLUMN=FIELD,...] [--dry-run] [--property=value ...]\n"
                + "  --file      CSV or XLSX file of persons\n"
                + "  --mapping   which register field each column holds, when the headers do not say\n"
                + "  --dry-run   check every row and write nothing\n"
                + "  exit 0: clean (and applied); 1: rows have problems, nothing written; 2: bad arguments (docs/register.md)";
    }

    @Override
    public int run(List<String> arguments) {
        Path file = null;
        Map<String, String> mapping = new LinkedHashMap<>();
        boolean dryRun = false;
        List<String> spring = new ArrayList<>();
        List<String> rest = new ArrayList<>(arguments);
        while (!rest.isEmpty()) {
            String argument = rest.remove(0);
            if (argument.equals("--dry-run")) {
                dryRun = true;
            } else if (argument.equals("--file") || argument.startsWith("--file=")) {
                file = Path.of(value(argument, rest, "--file"));
            } else if (argument.equals("--mapping") || argument.startsWith("--mapping=")) {
                mapping.putAll(mapping(value(argument, rest, "--mapping")));
            } else {
                spring.add(argument);
            }
        }
        if (file == null) {
            throw new IllegalArgumentException("--file is required");
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("--file " + file + " is not a readable file");
        }
        try (ConfigurableApplicationContext context = SpringLauncher.start(spring, WebApplicationType.NONE,
                SpringLauncher.QUIET)) {
            MessageSource messages = context.getBean(MessageSource.class);
            try {
                ImportOutcome outcome = context.getBean(BulkImport.class).run(file, mapping, dryRun);
                print(outcome, messages, dryRun);
                return outcome.rowsWithProblems() > 0 ? PROBLEMS : 0;
            } catch (TabularException e) {
                System.err.println("dancu: " + messages.getMessage(e.messageKey(), e.arguments(), Locale.ENGLISH));
                return 2;
            }
        }
    }

    private static String value(String argument, List<String> rest, String option) {
        if (argument.contains("=")) {
            return argument.substring(argument.indexOf('=') + 1);
        }
        if (rest.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return rest.remove(0);
    }

    /** {@code "Họ và tên=full_name,CCCD=pin"}: column (header or 1-based number) = field. */
    private static Map<String, String> mapping(String text) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            int equals = pair.lastIndexOf('=');
            if (equals <= 0 || equals == pair.length() - 1) {
                throw new IllegalArgumentException("--mapping takes COLUMN=FIELD pairs separated by commas, not '"
                        + pair + "'");
            }
            pairs.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
        }
        return pairs;
    }

    private static void print(ImportOutcome outcome, MessageSource messages, boolean dryRun) {
        System.out.printf("Import job %d: %d rows, %d with problems, %d already in the register unchanged, %s%n",
                outcome.jobId(), outcome.rows(), outcome.rowsWithProblems(), outcome.unchanged(),
                outcome.applied() ? outcome.added() + " persons added"
                        : (outcome.rows() - outcome.rowsWithProblems() - outcome.unchanged()) + " ready to add");
        outcome.problems().forEach((key, rows) -> System.out.printf("  %8d  %s%n", rows,
                messages.getMessage(key, null, key, Locale.ENGLISH)));
        if (outcome.rowsWithProblems() > 0) {
            System.out.println("First problems:");
            outcome.examples().forEach(example -> System.out.printf("  line %d, %s: %s%s%n", example.line(),
                    messages.getMessage(example.fieldKey(), null, example.fieldKey(), Locale.ENGLISH),
                    messages.getMessage(example.problemKey(), null, example.problemKey(), Locale.ENGLISH),
                    example.detail() == null ? "" : " (" + messages.getMessage(example.problemKey().replace(
                            ".problem.", ".detail.") + "." + example.detail(), null, example.detail(),
                            Locale.ENGLISH) + ")"));
            System.out.println("Nothing was written.");
        } else if (dryRun) {
            System.out.println("Dry run: nothing was written.");
        }
    }
}
