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
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongFunction;
import java.util.stream.Stream;

/**
 * What each simulated bank keeps: the pain.001 files it received (by message id, kept once), the end-to-end
 * ids of the payments in them, the messages it sent back numbered from 1 in the order sent, and each day's
 * bookings with how many of them a statement already holds. Kept in memory
 * and, when given a directory, in files there too (read back on start), so a restarted simulator goes on
 * numbering where it stopped; the messages' contents are then read from their files when asked for, never
 * all held in memory. Thread-safe.
 */
final class Ledger {

    /** A message sent back: its number at that bank, its ISO 20022 type and its content. */
    record Sent(long sequence, String type, byte[] content) {
    }

    /** A message as kept: its content in memory, or only in its file when the ledger has a directory. */
    private record Kept(String type, byte[] content, Path file) {

        Sent read(long sequence) {
            try {
                return new Sent(sequence, type, content != null ? content : Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException("the bank simulator cannot read " + file, e);
            }
        }
    }

    /** A payment booked on a day from the province's account, for that day's statement. */
    record Booking(String debtorAccount, String endToEndId, long amount, String creditorAccount) {
    }

    private final Path directory;
    private final Map<String, byte[]> receivedDigests = new HashMap<>();
    private final Map<String, TreeMap<Long, Kept>> sent = new HashMap<>();
    private final Map<String, List<Booking>> bookings = new HashMap<>();
    private final Map<String, Integer> stated = new HashMap<>();
    private final Map<String, Set<String>> paid = new HashMap<>();

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

    /** Numbers and keeps a message the bank sends back, written for its number. */
    synchronized long send(String bankBin, String type, LongFunction<byte[]> written) {
        TreeMap<Long, Kept> messages = sent.computeIfAbsent(bankBin, bin -> new TreeMap<>());
        long sequence = messages.isEmpty() ? 1 : messages.lastKey() + 1;
        byte[] content = written.apply(sequence);
        Path file = write(bankBin, "sent", String.format("%012d.%s.xml", sequence, type), content, false);
        messages.put(sequence, new Kept(type, file == null ? content : null, file));
        return sequence;
    }

    /** The messages numbered after {@code after}, at most {@code limit}, in order. */
    synchronized List<Sent> sentAfter(String bankBin, long after, int limit) {
        return sent.getOrDefault(bankBin, new TreeMap<>()).tailMap(after, false).entrySet().stream().limit(limit)
                .map(kept -> kept.getValue().read(kept.getKey())).toList();
    }

    /**
     * Keeps the payments' end-to-end ids not seen at that bank before and answers those seen before
     * (a payment sent twice).
     */
    synchronized Set<String> paidBefore(String bankBin, Collection<String> endToEndIds) {
        Set<String> seen = paid.computeIfAbsent(bankBin, bin -> new HashSet<>());
        Set<String> before = new HashSet<>();
        StringBuilder added = new StringBuilder();
        for (String endToEndId : endToEndIds) {
            if (!seen.add(endToEndId)) {
                before.add(endToEndId);
            } else {
                added.append(endToEndId).append('\n');
            }
        }
        write(bankBin, "paid", "end-to-end-ids.txt", added.toString().getBytes(StandardCharsets.UTF_8), true);
        return before;
    }

    synchronized void book(String bankBin, LocalDate day, List<Booking> booked) {
        bookings.computeIfAbsent(bankBin + "/" + day, key -> new ArrayList<>()).addAll(booked);
        StringBuilder lines = new StringBuilder();
        booked.forEach(booking -> lines.append(booking.debtorAccount()).append(',').append(booking.endToEndId())
                .append(',').append(booking.amount()).append(',').append(booking.creditorAccount()).append('\n'));
        write(bankBin, "booked", day + ".csv", lines.toString().getBytes(StandardCharsets.UTF_8), true);
    }

    /**
     * The day's bookings at that bank not yet in a statement, from now on counted as stated: a day closed
     * twice states each booking once.
     */
    synchronized List<Booking> unstated(String bankBin, LocalDate day) {
        List<Booking> booked = bookings.getOrDefault(bankBin + "/" + day, List.of());
        int from = stated.getOrDefault(bankBin + "/" + day, 0);
        stated.put(bankBin + "/" + day, booked.size());
        write(bankBin, "booked", day + ".stated", String.valueOf(booked.size()).getBytes(StandardCharsets.UTF_8), false);
        return List.copyOf(booked.subList(from, booked.size()));
    }

    /** Writes to the ledger's directory, if it has one; the file written, or null. */
    private Path write(String bankBin, String kind, String name, byte[] content, boolean append) {
        if (directory == null) {
            return null;
        }
        try {
            Path folder = Files.createDirectories(directory.resolve(bankBin).resolve(kind));
            if (append) {
                return Files.write(folder.resolve(name), content, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            return Files.write(folder.resolve(name), content);
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
                    sent.computeIfAbsent(bankBin, bin -> new TreeMap<>()).put(sequence, new Kept(type, null, file));
                }
                for (Path file : files(bank.resolve("paid"))) {
                    paid.computeIfAbsent(bankBin, bin -> new HashSet<>()).addAll(Files.readAllLines(file));
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
        if (name.endsWith(".stated")) {
            stated.put(bankBin + "/" + name.substring(0, name.length() - ".stated".length()),
                    Integer.parseInt(Files.readString(file, StandardCharsets.UTF_8).strip()));
            return;
        }
        List<Booking> day = bookings.computeIfAbsent(bankBin + "/" + name.substring(0, name.length() - ".csv".length()),
                key -> new ArrayList<>());
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] fields = line.split(",");
            day.add(new Booking(fields[0], fields[1], Long.parseLong(fields[2]), fields[3]));
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
