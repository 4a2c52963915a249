package org.hiptriage.examples.batch;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Stream;
import org.hiptriage.model.json.AssessmentJson;

/**
 * The cases of a batch, read lazily in input order: either every {@code *.json} entry of a folder
 * (sorted by name, not recursing; one that is no case file is refused, never skipped) or every non-blank
 * line of a JSON-lines file. A line is read as
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

    /**
     * Opens {@code in}: a folder of case files or a JSON-lines file. Entries of a folder whose real path is one
     * of {@code notCases} (the batch's own OUT and its temporary file) are not cases.
     */
    static BatchInput open(Path in, Set<Path> notCases) throws IOException {
        if (Files.isDirectory(in)) {
            return new Folder(in, notCases);
        }
        if (!Files.exists(in)) {
            throw new IOException(in + ": no such file or folder");
        }
        if (!Files.isRegularFile(in)) {
            throw new IOException(in + ": not a folder nor a regular file (" + kind(in) + ")");
        }
        return new Lines(in);
    }

    /** How many cases there are, counting if need be (for the progress bar). */
    abstract long count() throws IOException;

    /**
     * Every {@code *.json} entry of a folder, by name. An entry that is not a regular file (or a symbolic link to
     * one) is still a case: refused with what it is, never skipped; a named pipe or device is never opened.
     */
    static final class Folder extends BatchInput {
        private final List<Path> files;
        private int next;

        Folder(Path folder, Set<Path> notCases) throws IOException {
            Path real = folder.toRealPath();
            try (Stream<Path> list = Files.list(folder)) {
                files = list.filter(p -> p.getFileName().toString().endsWith(".json"))
                        .filter(p -> !notCases.contains(real.resolve(p.getFileName())))
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
            return new Item(file.getFileName().toString(), () -> readCaseFile(file));
        }

        @Override
        public void close() {
        }
    }

    /** A folder entry that is not a case file: a folder, a named pipe, a broken or looping symbolic link. */
    static final class NotACaseFile extends IOException {
        private static final long serialVersionUID = 1L;
        private final String what;

        NotACaseFile(String what) {
            super(what);
            this.what = what;
        }

        /** What the entry is, in words. */
        String what() {
            return what;
        }
    }

    /**
     * The bytes of a case file (at most {@link AssessmentJson#MAX_BYTES} + 1): a regular file, or a symbolic link
     * to one. Anything else is a {@link NotACaseFile}, found from its attributes without opening it, so that a
     * named pipe cannot block the batch.
     */
    static byte[] readCaseFile(Path file) throws IOException {
        BasicFileAttributes entry = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        BasicFileAttributes target = entry;
        String via = "";
        if (entry.isSymbolicLink()) {
            via = "a symbolic link to ";
            try {
                target = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                throw new NotACaseFile("a symbolic link to nothing (" + clip(String.valueOf(Files.readSymbolicLink(file))) + " does not exist)");
            } catch (FileSystemException e) {
                if (loops(file)) {
                    throw new NotACaseFile("a symbolic link that loops (it leads back to itself)");
                }
                throw e;
            }
        }
        if (target.isDirectory()) {
            throw new NotACaseFile(via + "a folder");
        }
        if (!target.isRegularFile()) {
            throw new NotACaseFile(via + kind(file));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(AssessmentJson.MAX_BYTES + 1);
        }
    }

    /** Whether following the symbolic links from {@code file} comes back to one already seen (or goes on past 40). */
    private static boolean loops(Path file) throws IOException {
        Set<Path> seen = new HashSet<>();
        Path at = file.toAbsolutePath().normalize();
        for (int hops = 0; hops < 40; hops++) {
            if (!seen.add(at)) {
                return true;
            }
            if (!Files.isSymbolicLink(at)) {
                return false;
            }
            at = at.resolveSibling(Files.readSymbolicLink(at)).normalize();
        }
        return true;
    }

    /** What a file that is neither a regular file nor a folder is, from its Unix mode where the platform tells it. */
    private static String kind(Path file) {
        try {
            int type = (Integer) Files.getAttribute(file, "unix:mode") & 0170000;
            return switch (type) {
                case 0010000 -> "a named pipe (FIFO)";
                case 0140000 -> "a socket";
                case 0020000, 0060000 -> "a device";
                case 0040000 -> "a folder";
                case 0100000 -> "a regular file";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "not a regular file";
        }
    }

    /** At most 100 characters of {@code text}, for a message. */
    static String clip(String text) {
        return text.length() > 100 ? text.substring(0, 100) + "…" : text;
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
