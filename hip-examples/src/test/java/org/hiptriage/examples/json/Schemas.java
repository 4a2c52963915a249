package org.hiptriage.examples.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import org.hiptriage.model.json.ContractSchemas;

/**
 * The contract's JSON Schemas as a well-kept validator (networknt json-schema-validator, draft 2020-12) reads them:
 * their {@code $id}s resolve to the copies in hip-model's jar, never to the network.
 */
public final class Schemas {

    /** One registry for every test: the schemas are read and compiled once. */
    public static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaIdResolvers(ids -> ids.mapPrefix(ContractSchemas.ID_PREFIX,
                    "classpath:" + ContractSchemas.RESOURCE_FOLDER)));
    /** The case schema. */
    public static final Schema CASE = REGISTRY.getSchema(SchemaLocation.of(ContractSchemas.CASE_SCHEMA_ID));
    /** The report schema. */
    public static final Schema REPORT = REGISTRY.getSchema(SchemaLocation.of(ContractSchemas.REPORT_SCHEMA_ID));

    private Schemas() {
    }

    /** What is wrong with {@code document} against {@code schema}, one line each (empty when it is valid). */
    public static List<String> errors(Schema schema, JsonNode document) {
        return schema.validate(document).stream().map(Error::toString).toList();
    }
}
