package org.hiptriage.model;

/** The runner's sex, as the contract codes it. */
public enum Sex {
    FEMALE, MALE, OTHER
}
