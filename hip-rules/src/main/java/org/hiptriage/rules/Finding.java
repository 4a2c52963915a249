package org.hiptriage.rules;

/**
 * A clinical finding derived from the input facts, e.g. "bone-stress risk profile".
 *
 * @param code what was found
 * @param because the facts behind it, in words
 */
public record Finding(FindingCode code, String because) {
}
