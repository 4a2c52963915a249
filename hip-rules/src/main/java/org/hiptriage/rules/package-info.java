/**
 * The vocabulary of the DRL rule base: the facts the rules derive and insert (findings, evidence, candidates,
 * flags, unanswered questions, urgencies, care advice, things to avoid) and the layers they run in.
 */
package org.hiptriage.rules;
