package org.hiptriage.model;

/** Which hip hurts. */
public enum Side {
    LEFT, RIGHT, BOTH
}
