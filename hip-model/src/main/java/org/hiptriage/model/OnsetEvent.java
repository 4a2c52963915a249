package org.hiptriage.model;

/** What happened when the pain began. */
public enum OnsetEvent {
    NONE, FALL, DIRECT_BLOW, SPRINT_OR_KICK, OVERSTRETCH, CHANGE_OF_DIRECTION
}
