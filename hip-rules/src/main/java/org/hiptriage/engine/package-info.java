/**
 * The public engine API: {@link org.hiptriage.engine.TriageEngine} assesses a case with the packaged rule base and
 * explains which rules fired. Thread-safe; build one and share it.
 */
package org.hiptriage.engine;
