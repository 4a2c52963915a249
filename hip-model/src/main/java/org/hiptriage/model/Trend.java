package org.hiptriage.model;

/** How the pain is changing. */
public enum Trend {
    IMPROVING, STABLE, WORSENING, WORSE_WITH_EVERY_RUN
}
