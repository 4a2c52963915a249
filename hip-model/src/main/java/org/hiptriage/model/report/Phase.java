package org.hiptriage.model.report;

/** The phases of conservative care, in the order a runner goes through them. */
public enum Phase {
    /** Now: protect the injured tissue. */
    PROTECT,
    /** The first days and weeks: settle the pain and keep loading what tolerates it. */
    SETTLE,
    /** Strength and mobility. */
    REBUILD,
    /** Return to running. */
    RETURN,
    /** Habits that keep the pain from coming back. */
    PREVENT
}
