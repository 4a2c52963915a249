package org.hiptriage.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code hip-triage serve} as a process, as an orchestrator runs it (issue 15, items 5 and 8): started
 * without {@code -Xmx}, it bounds its heap itself (a child JVM with {@code -Xmx512m}); SIGTERM stops it
 * gracefully, finishing the request in progress and leaving no process behind; and the child stops by
 * itself when its parent dies, even by {@code kill -9}.
 */
class ServeProcessTest {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @Test
    @Timeout(240)
    void startedWithoutAHeapSizeItBoundsItsHeapAndSigtermFinishesTheRequestInProgress() throws Exception {
        // given serve started as a user would, with no -Xmx
        // (C1 only, to start quickly: serve passes it on to the JVM it re-executes)
        Process parent = new ProcessBuilder(JAVA, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "-Dslf4j.provider=ch.qos.logback.classic.spi.LogbackServiceProvider", "org.hiptriage.examples.cli.HipTriageCli",
                "serve", "--port", "0", "--stop-timeout", "20",
                "--min-body-rate", "0") // the request in progress below sends its body slowly, a byte every 100 ms
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        BlockingQueue<String> lines = lines(parent.getErrorStream());
        try {
            int port = Integer.parseInt(await(lines, Pattern.compile("hip-triage service on http://127\\.0\\.0\\.1:(\\d+)")).group(1));
            long heapMiB = Long.parseLong(await(lines, Pattern.compile("heap: at most (\\d+) MiB")).group(1));
            await(lines, Pattern.compile("ready: rule base"));

            // then its heap is bounded (about 512 MiB, by a child JVM) rather than a quarter of the machine
            assertThat(heapMiB).isBetween(400L, 512L);
            List<ProcessHandle> children = parent.descendants().toList();
            assertThat(children).hasSize(1);

            // given a request in progress (half its body sent)
            byte[] body = Files.readAllBytes(Path.of("cases/lateral-hip-pain-gtps.json"));
            try (Socket client = new Socket()) {
                client.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
                client.setSoTimeout(30_000);
                try (OrchestrationTest.InProgress request = new OrchestrationTest.InProgress(client, body)) {
                    // when SIGTERM comes (as from an orchestrator)
                    parent.toHandle().destroy(); // SIGTERM (Process.destroy() would also close the pipes this test reads)
                    await(lines, Pattern.compile("stopping \\(finishing the requests in progress"));

                    // then no new connection is accepted, and the request in progress gets its report
                    assertThat(OrchestrationTest.refusesConnectionsSoon(port)).as("new connections refused").isTrue();
                    request.finish();
                    String answer = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    assertThat(answer).startsWith("HTTP/1.1 200 OK").contains("\"contractVersion\":2");
                }
            }
            // and both processes are gone soon after
            assertThat(parent.waitFor(30, TimeUnit.SECONDS)).isTrue();
            for (ProcessHandle child : children) {
                assertThat(child.onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
            }
        } finally {
            parent.descendants().forEach(ProcessHandle::destroyForcibly);
            parent.destroyForcibly();
        }
    }

    @Test
    @Timeout(60)
    void theChildStopsWhenItsParentDiesHoweverItDied() throws Exception {
        // given a child watching its parent through its standard input, as serve's child does
        Process child = new ProcessBuilder(JAVA, "-cp", System.getProperty("java.class.path"), ParentWatch.class.getName())
                .redirectErrorStream(true).start();
        BlockingQueue<String> lines = lines(child.getInputStream());
        await(lines, Pattern.compile("watching"));
        assertThat(child.isAlive()).isTrue();
        // when the parent's end of the pipe closes (what kill -9 of the parent does)
        child.getOutputStream().close();
        // then the child stops by itself
        assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
    }

    /** A stand-in for serve's child: it watches its parent, then waits to be stopped. */
    public static final class ParentWatch {
        private ParentWatch() {
        }

        /** Watches the parent and sleeps. */
        public static void main(String[] args) throws InterruptedException {
            Heap.exitWhenParentGoes();
            System.out.println("watching");
            System.out.flush();
            Thread.sleep(60_000);
            System.exit(3);
        }
    }

    /** The lines of {@code in}, read on a thread of their own. */
    private static BlockingQueue<String> lines(InputStream in) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                }
            } catch (java.io.IOException e) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    /** Waits (up to 2 minutes) for a line matching {@code pattern}. */
    private static Matcher await(BlockingQueue<String> lines, Pattern pattern) throws InterruptedException {
        List<String> seen = new ArrayList<>();
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < end) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line == null) {
                continue;
            }
            seen.add(line);
            Matcher m = pattern.matcher(line);
            if (m.find()) {
                return m;
            }
        }
        throw new AssertionError("no line matching " + pattern + " in " + seen);
    }
}
