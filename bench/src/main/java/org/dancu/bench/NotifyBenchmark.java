package org.dancu.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.util.FileSystemUtils;

/**
 * Notifications: 10,000 SMS through the outbox to the simulated gateway, timed from the first send
 * until the outbox is empty; then 10,000 more with the server killed ({@code kill -9}, and its
 * embedded PostgreSQL with it) once 3,000 of them have reached the gateway, restarted, and counted:
 * every SMS the outbox calls sent is at the gateway once (none lost), the gateway holds nothing else,
 * and how many requests it recognised as repeats (not sent again).
 */
final class NotifyBenchmark {

    static final int PEOPLE = 3_000;
    private static final int MESSAGES = 10_000;

    private NotifyBenchmark() {
    }

    static void run() {
        Path data;
        try {
            data = Files.createTempDirectory("dancu-bench-notify");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            System.out.println("first start (demo province of " + PEOPLE + " people) and 10,000 SMS:");
            List<String> timed = server(data, MESSAGES, -1);
            System.out.println("  " + last(timed, "queued") + "  (count, ms to queue, citizens)");
            System.out.println("  " + last(timed, "done") + "  (received, repeats, lost, unknown, sent, in the outbox)");

            System.out.println("10,000 more SMS, kill -9 after 3,000 of them reached the gateway:");
            List<String> killed = server(data, MESSAGES, MESSAGES + 3_000);
            System.out.println("  killed at " + last(killed, "received"));
            List<String> resumed = server(data, 0, -1);
            if (last(resumed, "done").equals("(none)")) {
                System.out.println("  the restarted server ended without its count; its last lines:");
                resumed.stream().skip(Math.max(0, resumed.size() - 15)).forEach(line -> System.out.println("    " + line));
            }
            System.out.println("  after the restart: " + last(resumed, "done")
                    + "  (received, repeats, lost, unknown, sent, in the outbox; expected: received = sent = in the outbox,"
                    + " lost = unknown = 0; the sends whose transaction the kill cut never entered the outbox)");
        } finally {
            FileSystemUtils.deleteRecursively(data.toFile());
        }
    }

    /**
     * Runs {@link NotifyServer}; with {@code killAt} ≥ 0 kills it (and its database) once the gateway has
     * received that many. Returns its lines; prints how long it ran from the first queued message.
     */
    private static List<String> server(Path data, int send, long killAt) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-cp", System.getProperty("java.class.path"), NotifyServer.class.getName(), data.toString()));
        command.addAll(send > 0 ? List.of("send", String.valueOf(send)) : List.of("drain"));
        List<String> lines = new ArrayList<>();
        try {
            Process process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.appendTo(data.resolve("server.log").toFile())).start();
            long queuedAt = 0;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    lines.add(line);
                    if (line.startsWith("queued ")) {
                        queuedAt = System.nanoTime() - Long.parseLong(line.split(" ")[2]) * 1_000_000;
                    }
                    if (line.startsWith("done ") && queuedAt != 0) {
                        System.out.printf("  first send to empty outbox: %.1f s%n", (System.nanoTime() - queuedAt) / 1e9);
                    }
                    if (killAt >= 0 && line.startsWith("received ") && Long.parseLong(line.substring(9)) >= killAt) {
                        killWithDatabase(process, data);
                        break;
                    }
                }
            }
            process.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return lines;
    }

    /** SIGKILL to the server and to the embedded PostgreSQL it started: nothing gets to shut down cleanly. */
    private static void killWithDatabase(Process process, Path data) throws IOException {
        process.destroyForcibly();
        Path pidFile = data.resolve("data").resolve("postgres").resolve("postmaster.pid");
        if (Files.exists(pidFile)) {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
            // gone before the restart, or the restarted server would find the old one still holding its directory
            ProcessHandle.of(pid).ifPresent(postgres -> {
                postgres.destroyForcibly();
                postgres.onExit().join();
            });
        }
        process.onExit().join();
    }

    private static String last(List<String> lines, String word) {
        return lines.stream().filter(line -> line.startsWith(word + " ")).reduce((a, b) -> b).orElse("(none)");
    }
}
