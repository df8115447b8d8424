package org.dancu.bench;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import org.dancu.exchange.TestPartner;
import org.dancu.register.ImportFixtures;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The soak's steady mix, each part on its own client thread: officers reading persons by ID, searching by name and
 * paging the register over signed-in sessions (with a think time); a small import (upload, dry run, apply) once a
 * minute; a partner's signed verify calls; and anonymous noise from several loopback addresses (POSTs without a
 * CSRF token to long random paths, unsigned gateway calls, GETs of long random paths). Every request is counted by
 * kind and by how it ended.
 */
final class SoakLoad {

    /** What a request was. */
    enum Kind {
        READ("person reads"), SEARCH("name searches"), PAGE("register pages"), IMPORT("imports"),
        VERIFY("signed verifies"), NO_CSRF("POSTs without CSRF"), UNSIGNED("unsigned gateway calls"),
        LONG_PATH("long random paths");

        final String label;

        Kind(String label) {
            this.label = label;
        }

        boolean noise() {
            return this == NO_CSRF || this == UNSIGNED || this == LONG_PATH;
        }
    }

    /** How a request ended: served, refused as the load expects (the noise), or not as expected. */
    enum Result { SERVED, REFUSED_AS_EXPECTED, UNEXPECTED, TIMEOUT }

    private static final int OFFICERS = 3;
    private static final int THINK_MILLIS = 250;
    private static final int VERIFY_MILLIS = 200;
    private static final int NOISE_MILLIS = 100;
    private static final long IMPORT_EVERY_MILLIS = 60_000;
    private static final int IMPORT_ROWS = 20;
    private static final String[] NOISE_FROM = {"127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5"};
    /** Short names that match many of Điện Biên's people, paged through as officers do. */
    private static final String[] COMMON_NAMES = {"lo thi", "nguyen van", "quang van", "thi"};
    private static final String[] IMPORT_NAMES = {"Lò Văn Hùng", "Quàng Thị Mai", "Tòng Văn Sơn", "Lường Thị Lan"};
    private static final String IMPORT_COMMUNE = ImportFixtures.MUONG_THANH;

    private final String base;
    private final int port;
    private final String officer;
    private final List<RegisterReadBenchmark.Sample> samples;
    private final TestPartner partner;
    private final JdbcClient jdbc;
    private final LongAdder[][] counts = new LongAdder[Kind.values().length][Result.values().length];
    private final Map<String, LongAdder> unexpected = new ConcurrentHashMap<>();
    private final ExecutorService clients = Executors.newCachedThreadPool();
    private volatile boolean stopping;

    SoakLoad(String base, int port, String officer, List<RegisterReadBenchmark.Sample> samples, TestPartner partner,
             JdbcClient jdbc) {
        this.base = base;
        this.port = port;
        this.officer = officer;
        this.samples = samples;
        this.partner = partner;
        this.jdbc = jdbc;
        for (LongAdder[] row : counts) {
            for (int r = 0; r < row.length; r++) {
                row[r] = new LongAdder();
            }
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    void start() {
        for (int o = 0; o < OFFICERS; o++) {
            long seed = o;
            clients.execute(() -> officer(new Random(seed)));
        }
        clients.execute(this::imports);
        clients.execute(this::verifies);
        clients.execute(this::noise);
    }

    void stop() throws InterruptedException {
        stopping = true;
        clients.shutdown();
        if (!clients.awaitTermination(3, TimeUnit.MINUTES)) {
            clients.shutdownNow();
        }
    }

    /** The counts so far, by kind and result. */
    long[][] counts() {
        long[][] now = new long[counts.length][];
        for (int k = 0; k < counts.length; k++) {
            now[k] = new long[counts[k].length];
            for (int r = 0; r < counts[k].length; r++) {
                now[k][r] = counts[k][r].sum();
            }
        }
        return now;
    }

    /** Every unexpected answer or failure so far, by kind and what happened, with how often. */
    Map<String, Long> unexpected() {
        Map<String, Long> copy = new LinkedHashMap<>();
        unexpected.forEach((what, count) -> copy.put(what, count.sum()));
        return copy;
    }

    private void officer(Random random) {
        OfficerClient client = signedIn();
        while (!stopping && client != null) {
            pause((long) (-Math.log(1 - random.nextDouble()) * THINK_MILLIS));
            RegisterReadBenchmark.Sample person = samples.get(random.nextInt(samples.size()));
            int pick = random.nextInt(10);
            if (pick < 5) {
                attempt(Kind.READ, () -> served(Kind.READ, client.get("/register/persons/" + person.personId()),
                        person.fullName()));
            } else if (pick < 8) {
                attempt(Kind.SEARCH, () -> served(Kind.SEARCH, client.get("/register?name="
                        + URLEncoder.encode(person.fullName(), StandardCharsets.UTF_8) + "&year=" + person.birthYear()),
                        person.fullName()));
            } else {
                String name = COMMON_NAMES[random.nextInt(COMMON_NAMES.length)];
                attempt(Kind.PAGE, () -> served(Kind.PAGE, client.get("/register?name="
                        + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&page=" + random.nextInt(5)), null));
            }
        }
    }

    private OfficerClient signedIn() {
        try {
            return OfficerClient.signIn(base, officer);
        } catch (Exception e) {
            failed(Kind.READ, e);
            return null;
        }
    }

    private void served(Kind kind, HttpResponse<String> response, String expected) {
        if (response.statusCode() != 200) {
            unexpected(kind, "answered " + response.statusCode());
        } else if (expected != null && !response.body().contains(expected)) {
            unexpected(kind, "a page without the person");
        } else {
            count(kind, Result.SERVED);
        }
    }

    /** Once a minute: 20 new persons uploaded as a CSV, dry-run and applied through the import pages. */
    private void imports() {
        OfficerClient client = signedIn();
        ImportFixtures pins = new ImportFixtures(jdbc);
        Random random = new Random(7);
        while (!stopping && client != null) {
            long began = System.currentTimeMillis();
            attempt(Kind.IMPORT, () -> importOnce(client, pins, random));
            pause(IMPORT_EVERY_MILLIS - (System.currentTimeMillis() - began));
        }
    }

    private void importOnce(OfficerClient client, ImportFixtures pins, Random random) throws Exception {
        StringBuilder csv = new StringBuilder("Số định danh,Họ và tên,Ngày sinh,Giới tính,Mã xã,Địa chỉ\n");
        for (int row = 0; row < IMPORT_ROWS; row++) {
            int name = random.nextInt(IMPORT_NAMES.length);
            boolean female = name % 2 == 1;
            LocalDate born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 60));
            csv.append(pins.pin(born.getYear(), female ? 'F' : 'M')).append(',').append(IMPORT_NAMES[name])
                    .append(',').append(String.format("%02d/%02d/%d", born.getDayOfMonth(), born.getMonthValue(),
                            born.getYear())).append(',').append(female ? "Nữ" : "Nam").append(',')
                    .append(IMPORT_COMMUNE).append(",\n");
        }
        HttpResponse<String> uploaded = client.upload("/register/import", "soak.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
        String path = uploaded.uri().getPath();
        if (uploaded.statusCode() != 200 || !path.matches("/register/import/[0-9]+")) {
            unexpected(Kind.IMPORT, "upload answered " + uploaded.statusCode() + " at " + path);
            return;
        }
        long job = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        Map<String, String> mapping = new LinkedHashMap<>();
        String[] fields = {"PIN", "FULL_NAME", "BIRTH_DATE", "SEX", "COMMUNE_CODE", "ADDRESS"};
        for (int column = 0; column < fields.length; column++) {
            mapping.put("column" + column, fields[column]);
        }
        mapping.put("dayFirst", "true");
        client.post(path + "/check", mapping);
        if (!"CHECKED".equals(settled(job))) {
            unexpected(Kind.IMPORT, "the dry run ended " + settled(job));
            return;
        }
        client.post(path + "/apply", Map.of("skipProblemRows", "true"));
        String status = settled(job);
        Long added = jdbc.sql("SELECT rows_added FROM register.import_job WHERE job_id = :job").param("job", job)
                .query(Long.class).single();
        if (!"APPLIED".equals(status) || added == null || added != IMPORT_ROWS) {
            unexpected(Kind.IMPORT, "the apply ended " + status + " with " + added + " persons added");
            return;
        }
        count(Kind.IMPORT, Result.SERVED);
    }

    /** The job's status once its pass has ended; a pass still running after two minutes is a timeout. */
    private String settled(long job) throws Exception {
        for (int poll = 0; poll < 1_200; poll++) {
            String status = jdbc.sql("SELECT status FROM register.import_job WHERE job_id = :job").param("job", job)
                    .query(String.class).single();
            if (!status.equals("CHECKING") && !status.equals("APPLYING")) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new HttpTimeoutException("import job " + job + " still running after two minutes");
    }

    private void verifies() {
        LoopbackLoad.Connection connection = new LoopbackLoad.Connection(port);
        int number = 0;
        while (!stopping) {
            pause(VERIFY_MILLIS);
            String pin = samples.get(number % samples.size()).pin();
            byte[] request = ExchangeBenchmark.signedVerify(partner, pin, number++);
            attempt(Kind.VERIFY, connection, () -> {
                int status = connection.exchange(request);
                if (status == 200) {
                    count(Kind.VERIFY, Result.SERVED);
                } else {
                    unexpected(Kind.VERIFY, "answered " + status);
                }
            });
        }
        close(connection);
    }

    /** Anonymous clients at several addresses, each refused: a 4xx or a redirect to the login is expected. */
    private void noise() {
        List<LoopbackLoad.Connection> connections = new ArrayList<>();
        for (String from : NOISE_FROM) {
            connections.add(new LoopbackLoad.Connection(from, port));
        }
        Random random = new Random(11);
        for (int number = 0; !stopping; number++) {
            pause(NOISE_MILLIS);
            LoopbackLoad.Connection connection = connections.get(number % connections.size());
            Kind kind = new Kind[] {Kind.NO_CSRF, Kind.UNSIGNED, Kind.LONG_PATH}[number % 3];
            byte[] request = switch (kind) {
                case NO_CSRF -> LoopbackLoad.request("POST", "/" + randomPath(random),
                        Map.of("Content-Type", "application/x-www-form-urlencoded"),
                        "name=x".getBytes(StandardCharsets.UTF_8));
                case UNSIGNED -> LoopbackLoad.request("POST", ExchangeBenchmark.VERIFY,
                        Map.of("Content-Type", "application/json"),
                        "{\"pin\":\"011090000001\",\"purpose\":\"identity-check\"}".getBytes(StandardCharsets.UTF_8));
                default -> LoopbackLoad.request("GET", "/register/" + randomPath(random), Map.of(), null);
            };
            attempt(kind, connection, () -> {
                int status = connection.exchange(request);
                if (status >= 300 && status < 500) {
                    count(kind, Result.REFUSED_AS_EXPECTED);
                } else {
                    unexpected(kind, "answered " + status);
                }
            });
        }
        connections.forEach(SoakLoad::close);
    }

    /** About 4,000 random letters and digits: the kind of path that once overflowed the ledger's index. */
    private static String randomPath(Random random) {
        StringBuilder path = new StringBuilder(4_000);
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        for (int i = 0; i < 4_000; i++) {
            path.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return path.toString();
    }

    private void attempt(Kind kind, Work work) {
        try {
            work.run();
        } catch (Exception e) {
            failed(kind, e);
        }
    }

    /** A request on a raw connection; after a failure the connection is opened afresh. */
    private void attempt(Kind kind, LoopbackLoad.Connection connection, Work work) {
        try {
            work.run();
        } catch (Exception e) {
            failed(kind, e);
            close(connection);
        }
    }

    private void failed(Kind kind, Exception e) {
        if (e instanceof HttpTimeoutException || e instanceof SocketTimeoutException) {
            count(kind, Result.TIMEOUT);
            unexpected.computeIfAbsent(kind.label + ": timed out", what -> new LongAdder()).increment();
        } else if (!(stopping && e instanceof InterruptedException)) {
            unexpected(kind, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void unexpected(Kind kind, String what) {
        count(kind, Result.UNEXPECTED);
        unexpected.computeIfAbsent(kind.label + ": " + what, key -> new LongAdder()).increment();
    }

    private void count(Kind kind, Result result) {
        counts[kind.ordinal()][result.ordinal()].increment();
    }

    private static void close(LoopbackLoad.Connection connection) {
        try {
            connection.close();
        } catch (IOException e) {
            // the connection is dropped either way
        }
    }

    private void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }
}
