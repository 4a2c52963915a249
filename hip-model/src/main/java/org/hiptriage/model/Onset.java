package org.hiptriage.model;

/** How the pain began. */
public enum Onset {
    SUDDEN, GRADUAL
}
