package org.hiptriage.examples.batch;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.hiptriage.model.json.AssessmentJson;

/**
 * The cases of a batch, read lazily in input order: either every {@code *.json} file of a folder
 * (sorted by name, not recursing) or every non-blank line of a JSON-lines file. A line is read as
 * bytes, so a line that is not UTF-8 or is too long is refused on its own and never stops the batch.
 */
abstract class BatchInput implements Iterator<BatchInput.Item>, Closeable {

    /**
     * One case to assess.
     *
     * @param id the file name, or {@code file:line}
     * @param source reads the case's bytes (in a worker thread)
     */
    record Item(String id, Source source) {
    }

    /** Reads the bytes of one case. */
    interface Source {
        byte[] read() throws IOException;
    }

    /** Opens {@code in}: a folder of case files or a JSON-lines file. */
    static BatchInput open(Path in) throws IOException {
        if (Files.isDirectory(in)) {
            return new Folder(in);
        }
        if (!Files.isRegularFile(in)) {
            throw new IOException(in + ": no such file or folder");
        }
        return new Lines(in);
    }

    /** How many cases there are, counting if need be (for the progress bar). */
    abstract long count() throws IOException;

    /** Every {@code *.json} file of a folder, by name. */
    static final class Folder extends BatchInput {
        private final List<Path> files;
        private int next;

        Folder(Path folder) throws IOException {
            try (Stream<Path> list = Files.list(folder)) {
                files = list.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                        .sorted().toList();
            }
        }

        @Override
        long count() {
            return files.size();
        }

        @Override
        public boolean hasNext() {
            return next < files.size();
        }

        @Override
        public Item next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Path file = files.get(next++);
            return new Item(file.getFileName().toString(), () -> {
                if (Files.size(file) > AssessmentJson.MAX_BYTES) {
                    return new byte[AssessmentJson.MAX_BYTES + 1];
                }
                return Files.readAllBytes(file);
            });
        }

        @Override
        public void close() {
        }
    }

    /** Every non-blank line of a JSON-lines file. */
    static final class Lines extends BatchInput {
        private final Path file;
        private final String name;
        private final InputStream in;
        private Item pending;
        private long lineNumber;
        private boolean eof;

        Lines(Path file) throws IOException {
            this.file = file;
            this.name = file.getFileName().toString();
            this.in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        }

        @Override
        long count() throws IOException {
            long n = 0;
            try (InputStream counting = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                boolean content = false;
                int b;
                while ((b = counting.read()) != -1) {
                    if (b == '\n') {
                        n += content ? 1 : 0;
                        content = false;
                    } else if (b != ' ' && b != '\t' && b != '\r') {
                        content = true;
                    }
                }
                n += content ? 1 : 0;
            }
            return n;
        }

        @Override
        public boolean hasNext() {
            if (pending == null && !eof) {
                pending = readItem();
            }
            return pending != null;
        }

        @Override
        public Item next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Item item = pending;
            pending = null;
            return item;
        }

        private Item readItem() {
            try {
                while (true) {
                    ByteArrayOutputStream line = new ByteArrayOutputStream();
                    boolean tooLong = false;
                    int b;
                    boolean any = false;
                    while ((b = in.read()) != -1 && b != '\n') {
                        any = true;
                        if (line.size() <= AssessmentJson.MAX_BYTES) {
                            line.write(b);
                        } else {
                            tooLong = true;
                        }
                    }
                    if (b == -1 && !any) {
                        eof = true;
                        return null;
                    }
                    lineNumber++;
                    byte[] bytes = line.toByteArray();
                    if (new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
                        if (b == -1) {
                            eof = true;
                            return null;
                        }
                        continue;
                    }
                    byte[] content = tooLong ? new byte[AssessmentJson.MAX_BYTES + 1] : bytes;
                    return new Item(name + ":" + lineNumber, () -> content);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
