package org.dancu.banksim.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What each simulated bank keeps: the pain.001 files it received (by message id, kept once), the messages
 * it sent back numbered from 1 in the order sent, and each day's bookings for the statement. Kept in memory
 * and, when given a directory, in files there too (read back on start), so a restarted simulator goes on
 * numbering where it stopped. Thread-safe.
 */
final class Ledger {

    /** A message sent back: its number at that bank, its ISO 20022 type and its content. */
    record Sent(long sequence, String type, byte[] content) {
    }

    /** A payment booked on a day, for that day's statement. */
    record Booking(String endToEndId, long amount, String creditorAccount) {
    }

    private final Path directory;
    private final Map<String, byte[]> receivedDigests = new HashMap<>();
    private final Map<String, TreeMap<Long, Sent>> sent = new HashMap<>();
    private final Map<String, List<Booking>> bookings = new HashMap<>();
    private final Set<String> closedDays = new HashSet<>();

    Ledger(Path directory) {
        this.directory = directory;
        if (directory != null) {
            read();
        }
    }

    /**
     * Keeps a received file once.
     *
     * @return true the first time; false when the same file came before
     * @throws IllegalStateException when another file came before under the same message id
     */
    synchronized boolean receive(String bankBin, String messageId, byte[] content) {
        byte[] digest = sha256(content);
        byte[] before = receivedDigests.get(bankBin + "/" + messageId);
        if (before != null) {
            if (!MessageDigest.isEqual(before, digest)) {
                throw new IllegalStateException("another file was received under message id " + messageId);
            }
            return false;
        }
        receivedDigests.put(bankBin + "/" + messageId, digest);
        write(bankBin, "received", messageId + ".xml", content, false);
        return true;
    }

    /** Numbers and keeps a message the bank sends back. */
    synchronized long send(String bankBin, String type, byte[] content) {
        TreeMap<Long, Sent> messages = sent.computeIfAbsent(bankBin, bin -> new TreeMap<>());
        long sequence = messages.isEmpty() ? 1 : messages.lastKey() + 1;
        messages.put(sequence, new Sent(sequence, type, content));
        write(bankBin, "sent", String.format("%012d.%s.xml", sequence, type), content, false);
        return sequence;
    }

    /** The messages numbered after {@code after}, at most {@code limit}, in order. */
    synchronized List<Sent> sentAfter(String bankBin, long after, int limit) {
        return sent.getOrDefault(bankBin, new TreeMap<>()).tailMap(after, false).values().stream().limit(limit).toList();
    }

    synchronized void book(String bankBin, LocalDate day, Booking booking) {
        bookings.computeIfAbsent(bankBin + "/" + day, key -> new ArrayList<>()).add(booking);
        write(bankBin, "booked", day + ".csv", (booking.endToEndId() + "," + booking.amount() + ","
                + booking.creditorAccount() + "\n").getBytes(StandardCharsets.UTF_8), true);
    }

    synchronized List<Booking> booked(String bankBin, LocalDate day) {
        return List.copyOf(bookings.getOrDefault(bankBin + "/" + day, List.of()));
    }

    /** Marks the day closed at that bank: true the first time, false when its statement was already sent. */
    synchronized boolean close(String bankBin, LocalDate day) {
        if (!closedDays.add(bankBin + "/" + day)) {
            return false;
        }
        write(bankBin, "booked", day + ".closed", new byte[0], false);
        return true;
    }

    private void write(String bankBin, String kind, String name, byte[] content, boolean append) {
        if (directory == null) {
            return;
        }
        try {
            Path folder = Files.createDirectories(directory.resolve(bankBin).resolve(kind));
            if (append) {
                Files.write(folder.resolve(name), content, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } else {
                Files.write(folder.resolve(name), content);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the bank simulator cannot write to " + directory, e);
        }
    }

    private void read() {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> banks = Files.list(directory)) {
            for (Path bank : banks.filter(Files::isDirectory).toList()) {
                String bankBin = bank.getFileName().toString();
                for (Path file : files(bank.resolve("received"))) {
                    String name = file.getFileName().toString();
                    receivedDigests.put(bankBin + "/" + name.substring(0, name.length() - ".xml".length()),
                            sha256(Files.readAllBytes(file)));
                }
                for (Path file : files(bank.resolve("sent"))) {
                    String[] parts = file.getFileName().toString().split("\\.", 2);
                    long sequence = Long.parseLong(parts[0]);
                    String type = parts[1].substring(0, parts[1].length() - ".xml".length());
                    sent.computeIfAbsent(bankBin, bin -> new TreeMap<>())
                            .put(sequence, new Sent(sequence, type, Files.readAllBytes(file)));
                }
                for (Path file : files(bank.resolve("booked"))) {
                    readBookings(bankBin, file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the bank simulator cannot read " + directory, e);
        }
    }

    private void readBookings(String bankBin, Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".closed")) {
            closedDays.add(bankBin + "/" + name.substring(0, name.length() - ".closed".length()));
            return;
        }
        List<Booking> day = bookings.computeIfAbsent(bankBin + "/" + name.substring(0, name.length() - ".csv".length()),
                key -> new ArrayList<>());
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] fields = line.split(",");
            day.add(new Booking(fields[0], Long.parseLong(fields[1]), fields[2]));
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
