package org.dancu.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.dancu.locality.Localities;
import org.dancu.synth.MessyCopies;
import org.dancu.synth.ProvinceLayout;
import org.dancu.synth.SyntheticPopulation;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code dancu generate --province 11 --people N [--seed S] --out DIR [--force] [--messy N [--profile P]]}:
 * writes a synthetic population as CSV, and with {@code --messy} a messy sectoral copy of it for record
 * linkage (register, records and truth, {@link MessyCopies}). Every argument is checked before anything
 * starts or is written; the province's communes come from the locality data, so a non-web application
 * context is started for them.
 */
class GenerateCommand implements Command {

    private static final Set<String> VALUED = Set.of("province", "people", "seed", "out", "messy", "profile");
    private static final Map<String, Object> QUIET = Map.of(
            "logging.level.root", "WARN",
            "spring.main.log-startup-info", "false");

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String summary() {
        return "write a synthetic population (persons, households, events) as CSV: --province --people --out";
    }

    @Override
    public String usage() {
        return "--province CODE --people N --out DIR [--seed S] [--force] [--messy N [--profile normal|harsh]]\n"
                + "  --province  GSO code of the province (11: Điện Biên)\n"
                + "  --people    how many persons\n"
                + "  --out       directory for the CSV files (must be empty unless --force)\n"
                + "  --seed      the same seed gives the same population (default 1) (docs/synth.md)\n"
                + "  --messy     also write a messy copy of N records (at most --people) for record linkage:\n"
                + "              register.csv, records.csv, truth.csv (docs/linkage.md)\n"
                + "  --profile   how messy: normal (default) or harsh";
    }

    @Override
    public int run(List<String> arguments) {
        Request request = Request.parse(arguments);
        request.checkOutput();
        ProvinceLayout layout;
        try (ConfigurableApplicationContext context =
                     SpringLauncher.start(List.of(), WebApplicationType.NONE, QUIET)) {
            layout = ProvinceLayout.of(context.getBean(Localities.class), request.province);
        }
        try {
            Files.createDirectories(request.out);
            long began = System.nanoTime();
            SyntheticPopulation.Summary summary = SyntheticPopulation.generate(layout, request.people, request.seed,
                    request.out, written -> System.out.println("  " + written + " persons written"));
            System.out.printf("Generated %d persons (%d deceased, %d moved out) in %d households, %d events, "
                            + "over %d communes of %s, seed %d, in %.1f s: %s%n",
                    summary.persons(), summary.deceased(), summary.movedOut(), summary.households(), summary.events(),
                    layout.communeCount(), layout.provinceName(), request.seed,
                    (System.nanoTime() - began) / 1e9, request.out.toAbsolutePath());
            if (request.messy > 0) {
                MessyCopies.Summary messy = MessyCopies.write(request.out.resolve(SyntheticPopulation.PERSONS),
                        request.out, request.messy, request.seed, request.profile);
                System.out.printf("Messy copy (%s): %d records (%d people not in the register, %d duplicates) "
                                + "against a register of %d persons: %s, %s, %s%n",
                        request.profile.name().toLowerCase(Locale.ROOT), messy.records(), messy.notInRegister(),
                        messy.duplicates(), messy.registerPersons(), MessyCopies.REGISTER, MessyCopies.RECORDS,
                        MessyCopies.TRUTH);
            }
            return 0;
        } catch (IOException e) {
            System.err.println("dancu: could not write to " + request.out + ": " + e.getMessage());
            return 1;
        }
    }

    /** The checked arguments; {@link IllegalArgumentException} with a message for the user otherwise. */
    private record Request(String province, int people, long seed, Path out, boolean force, int messy,
                           MessyCopies.Profile profile) {

        static Request parse(List<String> arguments) {
            Map<String, String> values = new LinkedHashMap<>();
            boolean force = false;
            List<String> rest = new ArrayList<>(arguments);
            while (!rest.isEmpty()) {
                String argument = rest.remove(0);
                if (argument.equals("--force")) {
                    force = true;
                    continue;
                }
                if (!argument.startsWith("--")) {
                    throw new IllegalArgumentException("unexpected argument '" + argument + "'");
                }
                int equals = argument.indexOf('=');
                String name = argument.substring(2, equals < 0 ? argument.length() : equals);
                if (!VALUED.contains(name)) {
                    throw new IllegalArgumentException("unknown option --" + name
                            + " (generate takes --province, --people, --seed, --out, --force, --messy, --profile)");
                }
                if (equals < 0 && rest.isEmpty()) {
                    throw new IllegalArgumentException("--" + name + " needs a value");
                }
                values.put(name, equals < 0 ? rest.remove(0) : argument.substring(equals + 1));
            }
            for (String required : List.of("province", "people", "out")) {
                if (!values.containsKey(required)) {
                    throw new IllegalArgumentException("--" + required + " is required");
                }
            }
            if (values.containsKey("profile") && !values.containsKey("messy")) {
                throw new IllegalArgumentException("--profile is for the messy copy: give --messy too");
            }
            int people = people(values.get("people"));
            return new Request(province(values.get("province")), people, seed(values.getOrDefault("seed", "1")),
                    Path.of(values.get("out")), force, messy(values.get("messy"), people),
                    MessyCopies.Profile.of(values.getOrDefault("profile", "normal")));
        }

        private static int messy(String text, int people) {
            if (text == null) {
                return 0;
            }
            try {
                int records = Integer.parseInt(text.strip());
                if (records > 0 && records <= people) {
                    return records;
                }
            } catch (NumberFormatException e) {
                // falls through to the message below
            }
            throw new IllegalArgumentException("--messy must be a positive whole number of records, at most --people, not '"
                    + text + "'");
        }

        private static String province(String text) {
            if (!text.matches("\\d{2}")) {
                throw new IllegalArgumentException("--province must be a two-digit GSO province code, e.g. 11, not '"
                        + text + "'");
            }
            return text;
        }

        private static int people(String text) {
            try {
                int people = Integer.parseInt(text.strip());
                if (people > 0) {
                    return people;
                }
            } catch (NumberFormatException e) {
                // falls through to the message below
            }
            throw new IllegalArgumentException("--people must be a positive whole number, not '" + text + "'");
        }

        private static long seed(String text) {
            try {
                return Long.parseLong(text.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--seed must be a whole number, not '" + text + "'");
            }
        }

        void checkOutput() {
            if (Files.isRegularFile(out)) {
                throw new IllegalArgumentException("--out " + out + " is a file, not a directory");
            }
            if (Files.isDirectory(out) && !force && !isEmpty(out)) {
                throw new IllegalArgumentException("--out " + out + " is not empty; use --force to overwrite");
            }
        }

        private static boolean isEmpty(Path directory) {
            try (Stream<Path> entries = Files.list(directory)) {
                return entries.findAny().isEmpty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
