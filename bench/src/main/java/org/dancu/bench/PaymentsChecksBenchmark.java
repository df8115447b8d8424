package org.dancu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.dancu.DancuApplication;
import org.dancu.civil.PersonName;
import org.dancu.civil.VietnameseText;
import org.dancu.locality.Localities;
import org.dancu.payments.NameVerdict;
import org.dancu.payments.accounts.NameMatch;
import org.dancu.register.RegisterLoader;
import org.dancu.register.RegisteredPersons;
import org.dancu.synth.ProvinceLayout;
import org.dancu.synth.SyntheticPopulation;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * The pre-flight checks of a province-wide one-off payment (a National Day gift to everyone holding an ID): for each
 * of {@code payments.persons} persons (650,000 by default), read through the register's {@code RegisteredPersons},
 * eligibility (alive and resident, the gift's rule) and the name check of the bank's answer for the person's account
 * ({@link NameMatch}). The banks' answers are made once from the register as banks give them: upper-case and
 * unaccented, some masked, some without the middle name, reversed, with a typo, or another person's. Peer in the same
 * run: one plain SQL query of the eligible persons' names and a plain loop comparing each ASCII key with the answer
 * for equality. Median of {@code payments.runs} runs (3).
 */
final class PaymentsChecksBenchmark {

    private PaymentsChecksBenchmark() {
    }

    static void run() {
        int persons = Integer.getInteger("payments.persons", 650_000);
        int runs = Integer.getInteger("payments.runs", 3);
        Path directory = null;
        try {
            directory = Files.createTempDirectory("dancu-payments-checks-bench");
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DancuApplication.class)
                    .web(WebApplicationType.NONE)
                    .properties("dancu.database.embedded-directory=", "logging.level.root=WARN",
                            "spring.main.log-startup-info=false", "dancu.national.schedule=false",
                            "dancu.data-dir=" + directory)
                    .run()) {
                long began = System.nanoTime();
                SyntheticPopulation.generate(ProvinceLayout.of(context.getBean(Localities.class), "11"), persons, 1,
                        directory, n -> { });
                context.getBean(RegisterLoader.class).load(directory);
                System.out.printf("payments checks benchmark; %s%n%,d persons generated and loaded in %.0f s,"
                        + " median of %d runs%n%n", Measure.machine(), persons, (System.nanoTime() - began) / 1e9, runs);
                measure(context, runs);
            }
        } catch (Exception e) {
            throw new IllegalStateException("payments checks benchmark failed", e);
        } finally {
            if (directory != null) {
                FileSystemUtils.deleteRecursively(directory.toFile());
            }
        }
    }

    private static void measure(ConfigurableApplicationContext context, int runs) {
        RegisteredPersons register = context.getBean(RegisteredPersons.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Map<String, String> answers = bankAnswers(register);
        double[] checks = new double[runs];
        double[] peer = new double[runs];
        Tally tally = null;
        long peerEqual = 0;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            tally = check(register, answers);
            checks[run] = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            peerEqual = peer(jdbc, answers);
            peer[run] = (System.nanoTime() - start) / 1e9;
        }
        double median = Measure.median(checks.clone());
        double peerMedian = Measure.median(peer.clone());
        System.out.printf("eligibility + name checks of %,d lines: %.1f s (%,.0f /s) [%s]%n", tally.lines, median,
                tally.lines / median, Measure.eachRun(checks, "%.1f"));
        System.out.printf("  eligible %,d, not (dead or moved out) %,d; verdicts %s%n", tally.eligible,
                tally.lines - tally.eligible, tally.verdicts);
        System.out.printf("peer, plain SQL of the eligible persons' names + exact ASCII-key equality: %.1f s [%s];"
                + " %,d equal%n", peerMedian, Measure.eachRun(peer, "%.1f"), peerEqual);
        System.out.printf("ratio: %.2f × the peer%n", median / peerMedian);
    }

    /** What the banks answer for each person's account, as they answer: seeded, so each run checks the same answers. */
    private static Map<String, String> bankAnswers(RegisteredPersons register) {
        Random random = new Random(11);
        Map<String, String> answers = new HashMap<>();
        String[] previous = {"NGUYEN VAN AN"};
        register.forEach(person -> {
            if (person.pin() != null) {
                String answer = answer(person.name(), random.nextDouble(), random, previous[0]);
                answers.put(person.pin().value(), answer);
                previous[0] = upper(person.name().fullName());
            }
        });
        return answers;
    }

    private static String answer(PersonName name, double draw, Random random, String someoneElse) {
        String family = upper(name.family());
        String middle = upper(name.middle());
        String given = upper(name.given());
        if (draw < 0.80) {
            return upper(name.fullName());
        } else if (draw < 0.88) {
            return join(family, initials(middle), initials(given));
        } else if (draw < 0.92) {
            return join(family, "", given);
        } else if (draw < 0.94) {
            return join(given, family, middle);
        } else if (draw < 0.96) {
            return join(family, middle, typo(given, random));
        } else if (draw < 0.98) {
            return join(initials(family), initials(middle), initials(given));
        }
        return someoneElse;
    }

    private static String upper(String text) {
        return VietnameseText.asciiKey(text).toUpperCase(Locale.ROOT);
    }

    private static String join(String... parts) {
        return String.join(" ", List.of(parts).stream().filter(part -> !part.isEmpty()).toList());
    }

    private static String initials(String words) {
        StringBuilder masked = new StringBuilder();
        for (String word : words.split(" ")) {
            if (!word.isEmpty()) {
                masked.append(masked.isEmpty() ? "" : " ").append(word.charAt(0)).append("**");
            }
        }
        return masked.toString();
    }

    private static String typo(String word, Random random) {
        if (word.length() < 2) {
            return word + "H";
        }
        int at = random.nextInt(word.length() - 1);
        return word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
    }

    /** Each person read through the register's API, the gift's eligibility and the name check. */
    private static Tally check(RegisteredPersons register, Map<String, String> answers) {
        Tally tally = new Tally();
        register.forEach(person -> {
            if (person.pin() == null) {
                return;
            }
            tally.lines++;
            if (person.alive() && person.resident()) {
                tally.eligible++;
                NameVerdict verdict = NameMatch.of(person.name(), answers.get(person.pin().value())).verdict();
                tally.verdicts.merge(verdict, 1L, Long::sum);
            }
        });
        return tally;
    }

    /** The floor: the eligible persons' names by one plain query, compared with the answer for plain equality. */
    private static long peer(JdbcClient jdbc, Map<String, String> answers) {
        long[] equal = {0};
        jdbc.sql("SELECT pin, full_name FROM register.person WHERE pin IS NOT NULL AND alive AND resident")
                .query(rs -> {
                    if (upper(rs.getString(2)).equals(answers.get(rs.getString(1)))) {
                        equal[0]++;
                    }
                });
        return equal[0];
    }

    private static final class Tally {
        long lines;
        long eligible;
        final Map<NameVerdict, Long> verdicts = new EnumMap<>(NameVerdict.class);
    }
}
