/**
 * What every hip-triage command shares: its streams and its exit codes. Depends on no other package
 * of the examples, so the command line and its commands can all use it without a cycle.
 */
package org.hiptriage.examples.common;
