package org.hiptriage.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where it hurts, how, since when and what makes it worse. A {@code null} list means "not asked";
 * an empty list means "none".
 *
 * <p>Build one with {@link #builder()}, which names every field ({@link #of} sets the required ones). The public
 * canonical constructor is there only because Java requires it of a record (the record form is what the contract's
 * field list, the JSON reader, the rules' accessors and equality rest on); do not call it: neighbouring arguments
 * of one type can be swapped without the compiler noticing. {@code OneWayToBuildACaseTest} fails on a call outside
 * this file.
 *
 * @param side which hip
 * @param locations where it hurts (required, at least one)
 * @param radiatesTo where the pain spreads
 * @param severity worst pain in the last week, 0 to 10 (required)
 * @param onset how it began (required)
 * @param onsetEvent what happened when it began
 * @param durationDays how long it has hurt, 0 to 3650 (required)
 * @param trend how it is changing
 * @param qualities what it feels like
 * @param timing when it comes
 * @param aggravators what makes it worse
 */
public record Pain(Side side, List<Location> locations, List<Location> radiatesTo, Integer severity, Onset onset,
                   OnsetEvent onsetEvent, Integer durationDays, Trend trend, List<Quality> qualities,
                   List<Timing> timing, List<Aggravator> aggravators) {

    /** Copies the lists so the record stays immutable; {@code null} stays {@code null} (unknown). */
    public Pain {
        locations = copy(locations);
        radiatesTo = copy(radiatesTo);
        qualities = copy(qualities);
        timing = copy(timing);
        aggravators = copy(aggravators);
    }

    /** True when the (possibly unknown) list holds any of {@code wanted}; a plain loop, as rules call it on every match. */
    @SafeVarargs
    static <T extends Enum<T>> boolean containsAny(List<T> list, T... wanted) {
        if (list == null) {
            return false;
        }
        for (int i = 0; i < list.size(); i++) {
            T item = list.get(i);
            for (T w : wanted) {
                if (item == w) {
                    return true;
                }
            }
        }
        return false;
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** True when the pain is felt at {@code location}. */
    public boolean hurtsAt(Location location) {
        return locations != null && locations.contains(location);
    }

    /** True when the pain is felt at any of {@code places}. */
    public boolean hurtsAtAny(Location... places) {
        return containsAny(locations, places);
    }

    /** True when the pain is felt only at places among {@code places}. */
    public boolean hurtsOnlyAmong(Location... places) {
        List<Location> allowed = Arrays.asList(places);
        return locations != null && !locations.isEmpty() && allowed.containsAll(locations);
    }

    /** True when the pain is known to spread to {@code location}. */
    public boolean spreadsTo(Location location) {
        return radiatesTo != null && radiatesTo.contains(location);
    }

    /** True when the pain is felt at, or spreads to, {@code location}. */
    public boolean reaches(Location location) {
        return hurtsAt(location) || spreadsTo(location);
    }

    /** True when the pain is felt at, or spreads to, any of {@code places}. */
    public boolean reachesAny(Location... places) {
        return containsAny(locations, places) || containsAny(radiatesTo, places);
    }

    /** True when the pain is known to be worse sitting for long or to come after sitting. */
    public boolean worseSitting() {
        return worseWith(Aggravator.PROLONGED_SITTING) || comes(Timing.AFTER_SITTING);
    }

    /** True when it is known whether the pain spreads (the list was answered). */
    public boolean spreadKnown() {
        return radiatesTo != null;
    }

    /** True when the pain is known to feel like {@code quality}. */
    public boolean feels(Quality quality) {
        return qualities != null && qualities.contains(quality);
    }

    /** True when the pain is known to feel like any of {@code any}. */
    public boolean feelsAny(Quality... any) {
        return containsAny(qualities, any);
    }

    /** True when the pain is known to come {@code when}. */
    public boolean comes(Timing when) {
        return timing != null && timing.contains(when);
    }

    /** True when the pain is known to come at any of {@code any}. */
    public boolean comesAny(Timing... any) {
        return containsAny(timing, any);
    }

    /** True when the pain is known to be worse with {@code aggravator}. */
    public boolean worseWith(Aggravator aggravator) {
        return aggravators != null && aggravators.contains(aggravator);
    }

    /** True when the pain is known to be worse with any of {@code any}. */
    public boolean worseWithAny(Aggravator... any) {
        return containsAny(aggravators, any);
    }

    /** True when the aggravators were answered and {@code aggravator} is not among them. */
    public boolean knownNotWorseWith(Aggravator aggravator) {
        return aggravators != null && !aggravators.contains(aggravator);
    }

    /** How many of {@code any} are known to make the pain worse. */
    public int countWorseWith(Aggravator... any) {
        int count = 0;
        for (Aggravator a : any) {
            if (worseWith(a)) {
                count++;
            }
        }
        return count;
    }

    /** True when the pain began suddenly. */
    public boolean isSudden() {
        return onset == Onset.SUDDEN;
    }

    /** True when the pain came on gradually. */
    public boolean isGradual() {
        return onset == Onset.GRADUAL;
    }

    /** True when the pain began with {@code event}. */
    public boolean beganWith(OnsetEvent event) {
        return onsetEvent == event;
    }

    /** True when the pain began in one movement: a sprint or kick, an overstretch or a change of direction. */
    public boolean beganInOneMovement() {
        return onsetEvent == OnsetEvent.SPRINT_OR_KICK || onsetEvent == OnsetEvent.OVERSTRETCH
                || onsetEvent == OnsetEvent.CHANGE_OF_DIRECTION;
    }

    /** True when the pain began with a fall or a direct blow. */
    public boolean beganWithTrauma() {
        return onsetEvent == OnsetEvent.FALL || onsetEvent == OnsetEvent.DIRECT_BLOW;
    }

    /** True when the worst pain is known and at least {@code score} out of 10. */
    public boolean severityAtLeast(int score) {
        return severity != null && severity >= score;
    }

    /** True when the worst pain is known and at least the threshold (a pain score of the table). */
    public boolean severityAtLeast(Threshold score) {
        return severityAtLeast(score.whole(Threshold.Unit.PAIN_SCORE));
    }

    /** True when the worst pain is known and at most {@code score} out of 10. */
    public boolean severityAtMost(int score) {
        return severity != null && severity <= score;
    }

    /** True when the duration is known and longer than {@code days}. */
    public boolean lastedMoreThan(int days) {
        return durationDays != null && durationDays > days;
    }

    /** True when the duration is known and at most {@code days}. */
    public boolean lastedAtMost(int days) {
        return durationDays != null && durationDays <= days;
    }

    /** True when the duration is known and at least {@code days}. */
    public boolean lastedAtLeast(int days) {
        return durationDays != null && durationDays >= days;
    }

    /** True when the duration is known and longer than the threshold (days of the table). */
    public boolean lastedMoreThan(Threshold days) {
        return lastedMoreThan(days.whole(Threshold.Unit.DAYS));
    }

    /** True when the duration is known and at most the threshold (days of the table). */
    public boolean lastedAtMost(Threshold days) {
        return lastedAtMost(days.whole(Threshold.Unit.DAYS));
    }

    /** True when the duration is known and at least the threshold (days of the table). */
    public boolean lastedAtLeast(Threshold days) {
        return lastedAtLeast(days.whole(Threshold.Unit.DAYS));
    }

    /** True when the duration is known and shorter than the threshold (days of the table). */
    public boolean lastedLessThan(Threshold days) {
        return durationDays != null && durationDays < days.whole(Threshold.Unit.DAYS);
    }

    /** The number of days in words, "1 day" or "12 days"; call only when the duration is known. */
    public String durationInWords() {
        return daysInWords(durationDays);
    }

    /** A count of days in words: "1 day", "0 days", "12 days". */
    public static String daysInWords(int days) {
        return days == 1 ? "1 day" : days + " days";
    }

    /** True when the pain is known to be constant. */
    public boolean isConstant() {
        return comes(Timing.CONSTANT);
    }

    /** True when no injury is known to have started the pain: the onset event is NONE or was not asked. */
    public boolean beganWithoutKnownInjury() {
        return onsetEvent == null || onsetEvent == OnsetEvent.NONE;
    }

    /** True when the pain is known to be improving. */
    public boolean isImproving() {
        return trend == Trend.IMPROVING;
    }

    /** True when the pain is known to be worsening or worse with every run. */
    public boolean isWorsening() {
        return trend == Trend.WORSENING || trend == Trend.WORSE_WITH_EVERY_RUN;
    }

    /** True when the trend is known and not improving. */
    public boolean isNotImproving() {
        return trend != null && trend != Trend.IMPROVING;
    }

    /** The places it hurts in words, e.g. "the groin and the front of the hip". */
    public String whereInWords() {
        return words(locations == null ? List.of() : locations.stream().map(Location::words).collect(Collectors.toList()));
    }

    /** The places the pain spreads to in words. */
    public String spreadInWords() {
        return words(radiatesTo == null ? List.of() : radiatesTo.stream().map(Location::words).collect(Collectors.toList()));
    }

    /** Joins phrases as a person would: "a", "a and b", "a, b and c". */
    public static String words(List<String> phrases) {
        if (phrases.isEmpty()) {
            return "";
        }
        if (phrases.size() == 1) {
            return phrases.get(0);
        }
        return String.join(", ", phrases.subList(0, phrases.size() - 1)) + " and " + phrases.get(phrases.size() - 1);
    }

    /** A builder holding this pain's values, to change some of them. */
    public Builder toBuilder() {
        return builder().side(side).locations(locations).radiatesTo(radiatesTo).severity(severity).onset(onset)
                .onsetEvent(onsetEvent).durationDays(durationDays).trend(trend).qualities(qualities).timing(timing)
                .aggravators(aggravators);
    }

    /** A builder with everything unknown (the engine requires locations, severity, onset and duration). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder for the pain, with the required fields. */
    public static Builder of(int severity, Onset onset, int durationDays, Location... locations) {
        return new Builder().severity(severity).onset(onset).durationDays(durationDays).locations(locations);
    }

    /** Builds a {@link Pain} field by field; unset fields stay unknown. */
    public static final class Builder {
        private Side side;
        private List<Location> locations;
        private List<Location> radiatesTo;
        private Integer severity;
        private Onset onset;
        private OnsetEvent onsetEvent;
        private Integer durationDays;
        private Trend trend;
        private List<Quality> qualities;
        private List<Timing> timing;
        private List<Aggravator> aggravators;

        private Builder() {
        }

        /** Sets the side. */
        public Builder side(Side value) { this.side = value; return this; }
        /** Sets where it hurts. */
        public Builder locations(Location... values) { this.locations = List.of(values); return this; }
        /** Sets where it hurts, or leaves it unknown with {@code null}. */
        public Builder locations(List<Location> values) { this.locations = values; return this; }
        /** Sets where it spreads; no arguments means "spreads nowhere". */
        public Builder radiatesTo(Location... values) { this.radiatesTo = List.of(values); return this; }
        /** Sets where it spreads, or leaves it unknown with {@code null}. */
        public Builder radiatesTo(List<Location> values) { this.radiatesTo = values; return this; }
        /** Sets the worst pain in the last week, 0 to 10. */
        public Builder severity(Integer value) { this.severity = value; return this; }
        /** Sets how it began. */
        public Builder onset(Onset value) { this.onset = value; return this; }
        /** Sets what happened when it began. */
        public Builder onsetEvent(OnsetEvent value) { this.onsetEvent = value; return this; }
        /** Sets how many days it has hurt. */
        public Builder durationDays(Integer value) { this.durationDays = value; return this; }
        /** Sets how it is changing. */
        public Builder trend(Trend value) { this.trend = value; return this; }
        /** Sets what it feels like; no arguments means "nothing special". */
        public Builder qualities(Quality... values) { this.qualities = List.of(values); return this; }
        /** Sets what it feels like, or leaves it unknown with {@code null}. */
        public Builder qualities(List<Quality> values) { this.qualities = values; return this; }
        /** Sets when it comes. */
        public Builder timing(Timing... values) { this.timing = List.of(values); return this; }
        /** Sets when it comes, or leaves it unknown with {@code null}. */
        public Builder timing(List<Timing> values) { this.timing = values; return this; }
        /** Sets what makes it worse; no arguments means "nothing". */
        public Builder aggravators(Aggravator... values) { this.aggravators = List.of(values); return this; }
        /** Sets what makes it worse, or leaves it unknown with {@code null}. */
        public Builder aggravators(List<Aggravator> values) { this.aggravators = values; return this; }
        /** Returns the pain. */
        public Pain build() {
            return new Pain(side, locations, radiatesTo, severity, onset, onsetEvent, durationDays, trend, qualities, timing, aggravators);
        }
    }
}
