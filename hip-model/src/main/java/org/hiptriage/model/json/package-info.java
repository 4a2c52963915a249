/**
 * The interchange contract's JSON, strict: {@link org.hiptriage.model.json.AssessmentJson} reads an assessment and
 * refuses it whole, with every problem and its contract path, when anything is wrong (an unknown or misspelt field, an
 * unknown code, a wrong type, a value out of range, a contradiction); {@link org.hiptriage.model.json.ReportJson}
 * writes a report. An integrator gets exactly the command line's validation with one call and one dependency.
 */
package org.hiptriage.model.json;
