package org.hiptriage.model;

/** Whether the runner is pregnant or has recently given birth. */
public enum Pregnancy {
    NOT_PREGNANT, PREGNANT, POSTPARTUM
}
