/**
 * The triage report and its stable codes: disposition, flags, ranked conditions, care steps by phase, things to
 * avoid, open questions, safety net and disclaimer.
 */
package org.hiptriage.model.report;
