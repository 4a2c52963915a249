package org.hiptriage.engine.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of the packaged rule base, from {@code rulebase.properties} beside the DRL. */
public final class RuleBaseVersion {

    private static final String RESOURCE = "/org/hiptriage/rules/rulebase.properties";

    private RuleBaseVersion() {
    }

    /** The version the packaged rule base declares, as reports carry it. */
    public static String packaged() {
        try (InputStream in = RuleBaseVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version");
            if (version == null || version.isBlank()) {
                throw new IllegalStateException(RESOURCE + " has no version");
            }
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
