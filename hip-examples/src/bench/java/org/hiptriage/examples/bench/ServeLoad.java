package org.hiptriage.examples.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.hiptriage.model.Assessment;

/**
 * A load client for {@code hip-triage serve} (issue 16, target 6): {@code CLIENTS} keep-alive connections on
 * loopback, each sending {@code POST /assess} with the next case of the benchmark mix as soon as the last answer
 * has come, for {@code SECONDS} after {@code WARMUP} seconds unmeasured; then the answers per second and the
 * latency percentiles. Plain sockets, one request per connection at a time, so the client costs the shared cores
 * as little as possible. Every answer must be 200, or the run fails. Bounded: it stops at the time given.
 *
 * <pre>java -cp hip-examples/target/benchmarks.jar org.hiptriage.examples.bench.ServeLoad PORT [CLIENTS] [SECONDS] [WARMUP]</pre>
 */
public final class ServeLoad {

    private ServeLoad() {
    }

    /** Runs the load and prints what it measured. */
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        byte[][] requests = requests(port);
        long warmEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmup);
        long end = warmEnd + TimeUnit.SECONDS.toNanos(seconds);
        AtomicLong failures = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        int[] counts = new int[clients];
        for (int c = 0; c < clients; c++) {
            long[] mine = new long[(int) Math.min(4_000_000L, seconds * 50_000L)]; // room for 50,000 answers a second
            latencies.add(mine);
            int client = c;
            Thread t = new Thread(() -> {
                try (Socket socket = new Socket()) {
                    socket.setTcpNoDelay(true);
                    socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
                    socket.setSoTimeout(30_000);
                    OutputStream out = socket.getOutputStream();
                    InputStream in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
                    int next = client * 97;
                    int n = 0;
                    while (true) {
                        long start = System.nanoTime();
                        if (start >= end) {
                            break;
                        }
                        out.write(requests[next++ % requests.length]);
                        out.flush();
                        if (readResponse(in) != 200) {
                            failures.incrementAndGet();
                        }
                        long done = System.nanoTime();
                        if (start >= warmEnd && n < mine.length) {
                            mine[n++] = done - start;
                        }
                    }
                    counts[client] = n;
                } catch (IOException e) {
                    failures.incrementAndGet();
                    System.err.println("client " + client + ": " + e);
                }
            }, "load-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long total = Arrays.stream(counts).asLongStream().sum();
        long[] all = new long[(int) total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        System.out.printf("%d clients, %d s measured after %d s: %.0f answers/s, latency p50 %.0f us, p90 %.0f us, p99 %.0f us, "
                + "p99.9 %.0f us, max %.0f us; %d failures%n", clients, seconds, warmup, total / (double) seconds,
                pct(all, 0.50), pct(all, 0.90), pct(all, 0.99), pct(all, 0.999), all.length == 0 ? 0 : all[all.length - 1] / 1e3,
                failures.get());
        if (failures.get() > 0) {
            System.exit(1);
        }
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (p * sorted.length))] / 1e3;
    }

    /** The mix's cases as complete keep-alive requests. */
    private static byte[][] requests(int port) throws Exception {
        List<byte[]> out = new ArrayList<>();
        for (Assessment a : Cases.mix()) {
            byte[] body = EndToEndBenchmark.contractJson(a).getBytes(StandardCharsets.UTF_8);
            byte[] head = ("POST /assess HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] request = Arrays.copyOf(head, head.length + body.length);
            System.arraycopy(body, 0, request, head.length, body.length);
            out.add(request);
        }
        return out.toArray(byte[][]::new);
    }

    /** Reads one response (status line, headers, a Content-Length or chunked body) and returns its status. */
    private static int readResponse(InputStream in) throws IOException {
        String status = line(in);
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            String lower = header.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(line(in).trim(), 16); size > 0; size = Long.parseLong(line(in).trim(), 16)) {
                skip(in, size);
                line(in);
            }
            line(in);
        } else if (length > 0) {
            skip(in, length);
        }
        return code;
    }

    private static void skip(InputStream in, long n) throws IOException {
        while (n > 0) {
            long skipped = in.skip(n);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("the connection closed within a body");
                }
                skipped = 1;
            }
            n -= skipped;
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder out = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the connection closed");
            }
            if (b != '\r') {
                out.append((char) b);
            }
        }
        return out.toString();
    }
}
