package org.hiptriage.examples.service;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/** The token ids seen, each until its token expires, at most a fixed number at a time; thread-safe. */
final class ReplayGuard {

    /** The answer for one token id. */
    enum Use { FIRST, REPLAYED, FULL }

    private record Seen(String id, Instant until) {
    }

    private final int capacity;
    private final Map<String, Instant> seen = new HashMap<>();
    private final PriorityQueue<Seen> byExpiry = new PriorityQueue<>((a, b) -> a.until().compareTo(b.until()));

    /** A guard remembering at most {@code capacity} unexpired ids. */
    ReplayGuard(int capacity) {
        this.capacity = capacity;
    }

    /** Remembers {@code id} until {@code until}, unless it was seen before or the memory is full of unexpired ids. */
    synchronized Use firstUse(String id, Instant until, Instant now) {
        while (!byExpiry.isEmpty() && !byExpiry.peek().until().isAfter(now)) {
            Seen expired = byExpiry.poll();
            seen.remove(expired.id(), expired.until());
        }
        if (seen.containsKey(id)) {
            return Use.REPLAYED;
        }
        if (seen.size() >= capacity) {
            return Use.FULL;
        }
        seen.put(id, until);
        byExpiry.add(new Seen(id, until));
        return Use.FIRST;
    }

    /** How many ids are remembered now. */
    synchronized int size() {
        return seen.size();
    }
}
