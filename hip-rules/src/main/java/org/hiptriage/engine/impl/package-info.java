/**
 * The engine's implementation (Drools sessions, the knowledge base, report assembly). Not public API: it may change
 * in any release.
 */
package org.hiptriage.engine.impl;
