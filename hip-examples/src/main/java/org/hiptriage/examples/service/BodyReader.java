package org.hiptriage.examples.service;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.NanoTime;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads a request body without holding a thread while its bytes are on their way (Jetty calls back when
 * some have come), within a size limit, a deadline for the whole request and a minimum rate. A client
 * that sends its body a byte at a time holds a connection, never a worker thread, and only until the
 * deadline or the rate closes it; Jetty 12's core API (no servlets) enforces neither on its own: its
 * idle timeout restarts with every byte, and {@code HttpConfiguration.minRequestDataRate} applies to
 * the servlet layers only.
 */
final class BodyReader implements Runnable {

    /** How a read ended. */
    sealed interface Outcome permits Body, TooLarge, TooSlow, Broken {
    }

    /** The whole body, within the limit. */
    record Body(byte[] bytes) implements Outcome {
    }

    /** More than the limit: {@code received} bytes were read (past the limit, up to {@link #DRAIN_BYTES}, and dropped). */
    record TooLarge(long received) implements Outcome {
    }

    /** The body came too slowly: {@code why} says how, in the words of the answer. */
    record TooSlow(String why) implements Outcome {
    }

    /** The body could not be read (the client went away, or sent a malformed one). */
    record Broken(Throwable cause) implements Outcome {
    }

    /**
     * How slowly a body may come.
     *
     * @param timeout the longest a request may take from its first byte to the last of its body
     * @param minRate the fewest bytes a second a body must average once it has taken {@link #RATE_GRACE}; 0 for no minimum
     */
    record Pace(Duration timeout, int minRate) {

        /** Checks the values. */
        Pace {
            if (timeout.isNegative() || timeout.isZero() || minRate < 0) {
                throw new IllegalArgumentException("the body timeout must be positive and the minimum rate at least 0");
            }
        }

        /** Why a body that has brought {@code received} bytes in {@code elapsedNanos} must stop; null while it may go on. */
        String verdict(long elapsedNanos, long received) {
            if (elapsedNanos > timeout.toNanos()) {
                return "must arrive within " + seconds(timeout.toMillis()) + " s";
            }
            if (minRate > 0 && elapsedNanos > RATE_GRACE.toNanos() && received * 1_000_000_000L < minRate * elapsedNanos) {
                return "must arrive at " + minRate + " bytes a second at least";
            }
            return null;
        }

        private static String seconds(long millis) {
            return millis % 1000 == 0 ? Long.toString(millis / 1000) : Double.toString(millis / 1000.0);
        }
    }

    /** How long a body may take before the minimum rate applies: it allows for a lost packet or two. */
    static final Duration RATE_GRACE = Duration.ofSeconds(2);
    /** How much of a body over the limit is read past before the answer: a connection closed with unread bytes is reset, and the client could lose the answer. */
    static final long DRAIN_BYTES = 1024 * 1024;
    /** How often a body still on its way is checked against its {@link Pace}. */
    static final long CHECK_MILLIS = 100;

    private final Request request;
    private final int limit;
    private final Pace pace;
    private final Consumer<Outcome> then;
    /** Set once, by whichever ends the read first: the reader (its outcome) or the pace check (its reason). */
    private final AtomicReference<String> settled = new AtomicReference<>();
    private byte[] buffer;
    private int size;
    private volatile long received;
    private boolean tooLarge;
    private volatile Scheduler.Task check;

    private BodyReader(Request request, int limit, Pace pace, Consumer<Outcome> then) {
        this.request = request;
        this.limit = limit;
        this.pace = pace;
        this.then = then;
        long declared = request.getLength();
        this.tooLarge = declared > limit;
        this.buffer = new byte[(int) Math.min(limit, declared >= 0 ? declared : 8192)];
    }

    /**
     * Reads {@code request}'s body and gives {@code then} the outcome, on this thread when the body has already come,
     * otherwise on one of Jetty's when its last byte (or the deadline) comes.
     *
     * @param limit the most bytes kept; a body over it is read past (up to {@link #DRAIN_BYTES}) and dropped
     */
    static void read(Request request, int limit, Pace pace, Consumer<Outcome> then) {
        new BodyReader(request, limit, pace, then).run();
    }

    /** Reads what has come; asks Jetty to call again when more comes. Jetty never runs it twice at once. */
    @Override
    public void run() {
        while (true) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                String late = pace.verdict(NanoTime.since(request.getBeginNanoTime()), received);
                if (late != null) {
                    finish(new TooSlow(late));
                    return;
                }
                watch();
                request.demand(this);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                Throwable failure = chunk.getFailure();
                finish(failure instanceof Late late ? new TooSlow(late.getMessage())
                        : failure instanceof TimeoutException ? new TooSlow("must not pause for longer than the idle timeout")
                        : new Broken(failure));
                return;
            }
            take(chunk.getByteBuffer());
            boolean last = chunk.isLast();
            chunk.release();
            if (last) {
                finish(tooLarge ? new TooLarge(received) : new Body(size == buffer.length ? buffer : Arrays.copyOf(buffer, size)));
                return;
            }
            if (tooLarge && received > (long) limit + DRAIN_BYTES) {
                finish(new TooLarge(received));
                return;
            }
        }
    }

    private void take(ByteBuffer bytes) {
        int n = bytes.remaining();
        received += n;
        if (received > limit) {
            tooLarge = true;
        }
        if (tooLarge) {
            bytes.position(bytes.limit());
            return;
        }
        if (size + n > buffer.length) {
            buffer = Arrays.copyOf(buffer, (int) Math.min(limit, Math.max((long) size + n, 2L * buffer.length)));
        }
        bytes.get(buffer, size, n);
        size += n;
    }

    /**
     * Checks the pace now and then while the body is on its way. A late body is failed: that wakes the reader, which
     * then reads the failure and ends (the check never answers itself, so that one thread answers, once).
     */
    private void watch() {
        if (check != null) {
            return;
        }
        Scheduler scheduler = request.getComponents().getScheduler();
        Runnable[] tick = new Runnable[1];
        tick[0] = () -> {
            if (settled.get() != null) {
                return;
            }
            String late = pace.verdict(NanoTime.since(request.getBeginNanoTime()), received);
            if (late == null) {
                check = scheduler.schedule(tick[0], CHECK_MILLIS, TimeUnit.MILLISECONDS);
            } else if (settled.compareAndSet(null, late)) {
                request.fail(new Late(late));
            }
        };
        check = scheduler.schedule(tick[0], CHECK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Gives {@code then} the outcome, or the pace check's verdict when it came first. */
    private void finish(Outcome outcome) {
        Scheduler.Task task = check;
        if (task != null) {
            task.cancel();
        }
        String ours = outcome instanceof TooSlow slow ? slow.why() : "";
        if (settled.compareAndSet(null, ours)) {
            then.accept(outcome);
        } else {
            then.accept(new TooSlow(settled.get()));
        }
    }

    /** The request failed by the pace check: its message is what the answer says. */
    private static final class Late extends TimeoutException {
        private static final long serialVersionUID = 1L;

        Late(String why) {
            super(why);
        }
    }
}
