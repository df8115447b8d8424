package org.dancu.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A lean HTTP/1.1 load generator on loopback: persistent connections, one thread each, requests
 * serialised to bytes before the timing, responses read by their length. It costs the machine a
 * small fraction of what a general-purpose client would, so more of the two cores serve the server.
 */
final class LoopbackLoad {

    /**
     * What a run achieved: requests per second, the latency percentiles in milliseconds and the CPU
     * spent per request in microseconds by this JVM (server and load generator) and by PostgreSQL.
     */
    record Figures(double perSecond, double p50, double p99, double jvmMicros, double postgresMicros) {
    }

    private final int[] ports;
    private final int connections;

    /** Connections spread over the ports in turn: several servers behind one client, as behind a proxy. */
    LoopbackLoad(int connections, int... ports) {
        this.ports = ports.clone();
        this.connections = connections;
    }

    /** One request as the bytes on the wire. */
    static byte[] request(String method, String path, Map<String, String> headers, byte[] body) {
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        byte[] start = head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        if (body == null) {
            return start;
        }
        byte[] whole = Arrays.copyOf(start, start.length + body.length);
        System.arraycopy(body, 0, whole, start.length, body.length);
        return whole;
    }

    /** Sends every request once, spread over the connections; fails on any answer but 200. */
    Figures send(List<byte[]> requests) {
        AtomicInteger next = new AtomicInteger();
        double[] millis = new double[requests.size()];
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        try {
            long jvmBefore = Measure.processCpuNanos();
            long postgresBefore = Measure.postgresCpuNanos();
            long began = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                int port = ports[c % ports.length];
                workers.add(pool.submit(() -> {
                    Connection connection = new Connection(port);
                    try {
                        for (int i = next.getAndIncrement(); i < requests.size(); i = next.getAndIncrement()) {
                            long start = System.nanoTime();
                            int status = connection.exchange(requests.get(i));
                            millis[i] = (System.nanoTime() - start) / 1e6;
                            if (status != 200) {
                                throw new IllegalStateException("answered " + status);
                            }
                        }
                    } finally {
                        connection.close();
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            double jvm = (Measure.processCpuNanos() - jvmBefore) / 1e3 / requests.size();
            double postgres = (Measure.postgresCpuNanos() - postgresBefore) / 1e3 / requests.size();
            Arrays.sort(millis);
            return new Figures(requests.size() / seconds, Measure.quantile(millis, 0.5), Measure.quantile(millis, 0.99),
                    jvm, postgres);
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("load run failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A persistent connection, opened again when the server closes it (Tomcat does after 100 requests), from
     * 127.0.0.1 or another loopback address, so that one machine can act as several clients.
     */
    static final class Connection {

        private final String from;
        private final int port;
        private Socket socket;
        private OutputStream out;
        private InputStream in;

        Connection(int port) {
            this("127.0.0.1", port);
        }

        Connection(String from, int port) {
            this.from = from;
            this.port = port;
        }

        /** Sends one request and reads its response (fixed length or chunked); returns its status. */
        int exchange(byte[] request) throws IOException {
            if (socket == null) {
                socket = new Socket();
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(60_000);
                socket.bind(new InetSocketAddress(from, 0));
                socket.connect(new InetSocketAddress("127.0.0.1", port));
                out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
                in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            }
            out.write(request);
            out.flush();
            String statusLine = line(in);
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = 0;
            boolean chunked = false;
            boolean closing = false;
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closing = true;
                }
            }
            if (chunked) {
                for (long chunk = size(in); chunk > 0; chunk = size(in)) {
                    in.skipNBytes(chunk);
                    line(in);
                }
                line(in);
            } else {
                in.skipNBytes(length);
            }
            if (closing) {
                close();
            }
            return status;
        }

        void close() throws IOException {
            if (socket != null) {
                socket.close();
                socket = null;
            }
        }

        private static long size(InputStream in) throws IOException {
            return Long.parseLong(line(in).strip(), 16);
        }

        private static String line(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream(64);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new EOFException("connection closed mid-response");
                }
                if (b != '\r') {
                    line.write(b);
                }
            }
            return line.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
