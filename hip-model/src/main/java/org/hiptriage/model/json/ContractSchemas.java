package org.hiptriage.model.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * The contract's JSON Schemas (2020-12), shipped in this jar beside the reader and writer: the input (a case, contract
 * §1) and the report (§2). A case valid against its schema can still be refused by {@link AssessmentJson}: the
 * contradictions between fields and the reader's size limits are the reader's to check (the schema says which).
 */
public final class ContractSchemas {

    /** Where the schemas' {@code $id}s live: each schema's {@code $id} is this plus its file name. */
    public static final String ID_PREFIX = "https://hiptriage.org/schema/v2/";
    /** The case schema's {@code $id}. */
    public static final String CASE_SCHEMA_ID = ID_PREFIX + "case.schema.json";
    /** The report schema's {@code $id}. */
    public static final String REPORT_SCHEMA_ID = ID_PREFIX + "report.schema.json";
    /** The class-path folder that holds the schemas (no leading slash). */
    public static final String RESOURCE_FOLDER = "org/hiptriage/model/json/schema/";

    private ContractSchemas() {
    }

    /** The JSON Schema of a case (the contract's input), as text. */
    public static String caseSchema() {
        return text("case.schema.json");
    }

    /** The JSON Schema of a report (the contract's output), as text. */
    public static String reportSchema() {
        return text("report.schema.json");
    }

    /** Where a schema of this jar is, by its file name (e.g. {@code case.schema.json}); null for a name it does not hold. */
    public static URL resource(String fileName) {
        return ContractSchemas.class.getClassLoader().getResource(RESOURCE_FOLDER + fileName);
    }

    private static String text(String fileName) {
        try (InputStream in = ContractSchemas.class.getClassLoader().getResourceAsStream(RESOURCE_FOLDER + fileName)) {
            if (in == null) {
                throw new IllegalStateException(fileName + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
