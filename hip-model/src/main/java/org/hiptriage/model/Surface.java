package org.hiptriage.model;

/** Surfaces the runner trains on. */
public enum Surface {
    ROAD, TRAIL, TRACK, TREADMILL, GRASS, SAND, CAMBERED
}
