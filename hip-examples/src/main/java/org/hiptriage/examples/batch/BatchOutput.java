package org.hiptriage.examples.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.hiptriage.model.report.Level;

/**
 * Where a batch writes its lines, one per case in input order. A file OUT is never written in place: the
 * lines go to {@code OUT.partial} beside it (locked, so two batches cannot write the same OUT), which is
 * flushed to disk and renamed to OUT, atomically, only once every case is in it. So OUT is either absent,
 * the previous complete OUT, or this batch's complete output; never cut short. A batch that is killed
 * (kill -9, SIGTERM, a full disk, a power cut) leaves {@code OUT.partial}: its complete lines are cases
 * done, in input order, and at most its last line is cut short. {@link #resume} keeps those lines, after
 * checking each against the input, drops a cut-short or unreadable tail, and goes on from the next case.
 */
abstract class BatchOutput implements Closeable {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A line longer than this is not one a batch wrote (16 MiB; a report line is a few KiB). */
    private static final int MAX_LINE = 1 << 24;

    /** Writes one case's line. */
    abstract void write(String line) throws IOException;

    /** Every case is written: makes the output whole (for a file, renames {@code OUT.partial} to OUT). */
    abstract void complete() throws IOException;

    /** The batch stops before its end: what is written stays, on disk, for {@code --resume}. */
    abstract void stop() throws IOException;

    /** How many cases were already written when this output was opened ({@code --resume}). */
    long kept() {
        return 0;
    }

    /** The temporary file beside OUT that a running or stopped batch writes to: {@code OUT.partial}. */
    static Path partialOf(Path out) {
        return out.resolveSibling(out.getFileName() + ".partial");
    }

    /** Lines to a stream (OUT is {@code -}); nothing to resume. */
    static BatchOutput stream(OutputStream stream) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        return new BatchOutput() {
            @Override
            void write(String line) throws IOException {
                writer.write(line);
                writer.write('\n');
            }

            @Override
            void complete() throws IOException {
                writer.flush();
            }

            @Override
            void stop() throws IOException {
                writer.flush();
            }

            @Override
            public void close() throws IOException {
                writer.close();
            }
        };
    }

    /** Starts OUT afresh: an empty {@code OUT.partial} (one an earlier run left is started again). */
    static BatchOutput create(Path out) throws IOException {
        Path partial = partialOf(out);
        FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = lock(channel, out);
        channel.truncate(0);
        return new ToFile(out, partial, channel, lock, 0);
    }

    /**
     * Continues the batch that was writing OUT. With {@code OUT.partial} there: its lines that are whole, read as
     * JSON and have the ids of the input's first cases are kept (and counted in {@code summary}), the rest of it is
     * cut off, and the batch goes on from the next case, which {@code input} is left at. With only OUT there:
     * OUT must be the complete output of this input (nothing is assessed again; only counted). With neither:
     * a fresh start.
     *
     * @throws IOException when a kept line's id is not the input's case at that place (IN changed, or OUT is
     *     another batch's), or OUT is not complete for this input
     */
    static BatchOutput resume(Path out, BatchInput input, BatchSummary summary) throws IOException {
        Path partial = partialOf(out);
        if (Files.exists(partial)) {
            FileChannel channel = FileChannel.open(partial, StandardOpenOption.READ, StandardOpenOption.WRITE);
            try {
                FileLock lock = lock(channel, out);
                Scan scan = scan(Channels.newInputStream(channel), partial, input, summary);
                channel.truncate(scan.bytes());
                channel.position(scan.bytes());
                return new ToFile(out, partial, channel, lock, scan.cases());
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }
        if (Files.exists(out)) {
            Scan scan;
            try (InputStream in = Files.newInputStream(out)) {
                scan = scan(in, out, input, summary);
            }
            if (scan.bytes() != Files.size(out) || input.hasNext()) {
                throw new IOException(out + " is not the complete output of this IN (" + scan.cases()
                        + " cases fit, then " + (input.hasNext() ? "IN has more" : "OUT has more") + "), and there is no "
                        + partial.getFileName() + " to resume: run without --resume to start again");
            }
            return new Complete(scan.cases());
        }
        return create(out);
    }

    private static FileLock lock(FileChannel channel, Path out) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IOException("another batch is writing " + out + " (" + partialOf(out).getFileName() + " is locked)");
        }
        return lock;
    }

    /** What a scan kept: so many cases, ending at this byte. */
    private record Scan(long cases, long bytes) {
    }

    /**
     * Reads the lines a batch wrote, from the start: each whole line that is a case line (an object with an
     * {@code id} and a report, errors or a failure) is counted in {@code summary} after checking its id against the
     * input's next case; the first line that is cut short or unreadable ends the scan.
     */
    private static Scan scan(InputStream raw, Path file, BatchInput input, BatchSummary summary) throws IOException {
        InputStream in = new BufferedInputStream(raw, 1 << 16);
        long cases = 0;
        long bytes = 0;
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            line.reset();
            int b;
            while ((b = in.read()) != -1 && b != '\n' && line.size() <= MAX_LINE) {
                line.write(b);
            }
            if (b != '\n') {
                return new Scan(cases, bytes); // the end, a line cut short, or one no batch writes
            }
            JsonNode node = caseLine(line.toByteArray());
            if (node == null) {
                return new Scan(cases, bytes);
            }
            String id = node.get("id").textValue();
            String expected = input.hasNext() ? input.next().id() : null;
            if (!id.equals(expected)) {
                throw new IOException(file + " does not belong to this IN: its case " + (cases + 1) + " is " + BatchInput.clip(id)
                        + " where IN has " + (expected == null ? "no more cases" : BatchInput.clip(expected))
                        + " (IN changed since the batch began?): run without --resume to start again");
            }
            count(node, summary);
            cases++;
            bytes += line.size() + 1L;
        }
    }

    /** The line as a case line a batch writes, or {@code null}. */
    private static JsonNode caseLine(byte[] line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            return null;
        }
        if (node == null || !node.isObject() || !node.path("id").isTextual()) {
            return null;
        }
        JsonNode report = node.get("report");
        if (report != null) {
            String level = report.path("disposition").path("level").asText();
            boolean known = false;
            for (Level l : Level.values()) {
                known |= l.name().equals(level);
            }
            return known ? node : null;
        }
        return node.path("errors").isArray() || node.path("failure").isTextual() ? node : null;
    }

    /** Counts a kept case line in the summary, as the batch counted it when it wrote the line. */
    private static void count(JsonNode node, BatchSummary summary) {
        String id = node.get("id").textValue();
        JsonNode report = node.get("report");
        if (report != null) {
            List<String> flags = new ArrayList<>();
            report.path("flags").forEach(f -> flags.add(f.path("code").asText()));
            JsonNode top = report.path("conditions").path(0).path("code");
            summary.assessed(Level.valueOf(report.path("disposition").path("level").asText()), flags,
                    top.isTextual() ? top.textValue() : null);
        } else if (node.has("errors")) {
            List<String> messages = new ArrayList<>();
            node.get("errors").forEach(e -> messages.add(e.path("message").asText()));
            summary.refusedWith(id, messages);
        } else {
            summary.failed(id, node.get("failure").textValue());
        }
    }

    /** Lines to {@code OUT.partial}, renamed to OUT when complete. */
    private static final class ToFile extends BatchOutput {
        private final Path out;
        private final Path partial;
        private final FileChannel channel;
        private final FileLock lock;
        private final Writer writer;
        private final long kept;

        ToFile(Path out, Path partial, FileChannel channel, FileLock lock, long kept) {
            this.out = out;
            this.partial = partial;
            this.channel = channel;
            this.lock = lock;
            this.kept = kept;
            this.writer = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8), 1 << 16);
        }

        @Override
        long kept() {
            return kept;
        }

        @Override
        void write(String line) throws IOException {
            try {
                writer.write(line);
                writer.write('\n');
            } catch (IOException e) {
                throw cannotWrite(e);
            }
        }

        /** A write that failed (a full disk…), saying that the cases written before are kept for --resume. */
        private IOException cannotWrite(IOException e) {
            return new IOException("cannot write " + partial + " (" + e.getMessage() + "); the cases written before "
                    + "are kept in it: run the same command with --resume to go on once it can be written", e);
        }

        @Override
        void complete() throws IOException {
            stop();
            try {
                Files.move(partial, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder(out.toAbsolutePath().getParent());
        }

        @Override
        void stop() throws IOException {
            try {
                writer.flush();
                channel.force(true);
            } catch (IOException e) {
                throw cannotWrite(e);
            }
            close();
        }

        @Override
        public void close() throws IOException {
            if (!channel.isOpen()) {
                return;
            }
            try {
                writer.close();
            } catch (IOException e) {
                // a full disk: what was written stays; --resume drops a line cut short
            } finally {
                if (lock.isValid()) {
                    lock.release();
                }
                channel.close();
            }
        }

        /** Makes a rename in the folder durable, where the platform allows it. */
        private static void syncFolder(Path folder) {
            try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
                dir.force(true);
            } catch (IOException | RuntimeException e) {
                // not every platform can open a folder: the rename is still atomic, only maybe not yet on disk
            }
        }
    }

    /** OUT was already complete ({@code --resume} after the last case): nothing to write. */
    private static final class Complete extends BatchOutput {
        private final long kept;

        Complete(long kept) {
            this.kept = kept;
        }

        @Override
        long kept() {
            return kept;
        }

        @Override
        void write(String line) {
            throw new IllegalStateException("OUT is complete");
        }

        @Override
        void complete() {
        }

        @Override
        void stop() {
        }

        @Override
        public void close() {
        }
    }
}
