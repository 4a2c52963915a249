package org.hiptriage.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.hiptriage.model.json.ContractFields.Field;
import org.hiptriage.model.report.Avoid;
import org.hiptriage.model.report.CareStep;
import org.hiptriage.model.report.Condition;
import org.hiptriage.model.report.Disposition;
import org.hiptriage.model.report.Flag;
import org.hiptriage.model.report.OpenQuestion;
import org.hiptriage.model.report.Source;
import org.hiptriage.model.report.TriageReport;
import org.hiptriage.model.validation.ContractRange;
import org.hiptriage.model.validation.InvalidAssessmentException;
import org.hiptriage.model.validation.Problem;
import org.junit.jupiter.api.Test;

/**
 * The shipped JSON Schemas cannot drift from the model: every section and field of the case (the record components
 * that the reader takes its field list from), each with its JSON type, every code of its enum and its contract range,
 * the required fields as the reader requires them; every member of the report's records, every code, every source
 * citation and every contract path an open question can name. (hip-examples validates real cases and reports
 * against them with a JSON Schema validator.)
 */
class ContractSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final JsonNode CASE = read(ContractSchemas.caseSchema());
    private static final JsonNode REPORT = read(ContractSchemas.reportSchema());

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.isNull() ? null : n.asText()).toList();
    }

    private static List<String> constants(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    }

    /** An object schema that lists exactly these members, in this order, and allows nothing else. */
    private static void closedObjectWith(JsonNode schema, String what, List<String> members) {
        assertThat(schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean())
                .as(what + " allows no other member").isTrue();
        assertThat(names(schema.get("properties"))).as("the members of " + what).containsExactlyElementsOf(members);
        assertThat(schema.get("description").asText()).as(what + " says what it is").isNotBlank();
    }

    @Test
    void theSchemasHaveTheirIdsAndDraft() {
        for (JsonNode schema : List.of(CASE, REPORT)) {
            assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        }
        assertThat(CASE.get("$id").asText()).isEqualTo(ContractSchemas.CASE_SCHEMA_ID);
        assertThat(REPORT.get("$id").asText()).isEqualTo(ContractSchemas.REPORT_SCHEMA_ID);
        assertThat(ContractSchemas.resource("case.schema.json")).isNotNull();
        assertThat(ContractSchemas.resource("no.schema.json")).isNull();
    }

    @Test
    void theCaseSchemaHasEverySectionAndFieldOfTheModelWithItsTypeCodesAndRange() {
        closedObjectWith(CASE, "a case", ContractFields.sections());
        for (String section : ContractFields.sections()) {
            String recordName = ContractFields.sectionType(section).getSimpleName();
            assertThat(CASE.at("/properties/" + section + "/$ref").asText()).isEqualTo("#/$defs/" + recordName);
            JsonNode def = CASE.get("$defs").get(recordName);
            closedObjectWith(def, section, ContractFields.fields(section).stream().map(Field::name).toList());
            for (Field field : ContractFields.fields(section)) {
                JsonNode property = def.get("properties").get(field.name());
                assertThat(property.get("description").asText()).as(field.path() + " is described").isNotBlank();
                switch (field.kind()) {
                    case WHOLE_NUMBER -> assertThat(types(property)).as(field.path()).contains("integer").doesNotContain("number");
                    case NUMBER -> assertThat(types(property)).as(field.path()).contains("number");
                    case BOOLEAN -> assertThat(types(property)).as(field.path()).containsExactly("boolean", "null");
                    case CODE -> assertThat(codesOf(CASE, property)).as(field.path()).containsExactlyElementsOf(constants(field.codeType()));
                    case CODES -> {
                        assertThat(types(property)).as(field.path()).contains("array");
                        assertThat(property.get("uniqueItems").asBoolean()).as(field.path() + " repeats no code").isTrue();
                        assertThat(codesOf(CASE, property.get("items"))).as(field.path())
                                .containsExactlyElementsOf(constants(field.codeType()));
                    }
                }
            }
        }
    }

    @Test
    void everyContractRangeIsTheSchemasRange() {
        for (ContractRange range : ContractRange.values()) {
            String[] path = range.path().split("\\.");
            JsonNode property = CASE.at("/$defs/" + ContractFields.sectionType(path[0]).getSimpleName() + "/properties/" + path[1]);
            assertThat(property.get("minimum").asInt()).as(range.path()).isEqualTo(range.min());
            assertThat(property.get("maximum").asInt()).as(range.path()).isEqualTo(range.max());
        }
    }

    /**
     * The fields the reader requires, found by taking each one out of the contract's full example (a field the reader
     * requires only with another's value, such as the weeks of a pregnancy, is not one of them), are exactly the
     * schema's required fields; and an unknown section may be absent or null but never another type.
     */
    @Test
    void theRequiredFieldsAreThoseTheReaderRequires() {
        Set<String> readerRequires = new LinkedHashSet<>();
        for (Field field : ContractFields.all()) {
            ObjectNode example = (ObjectNode) read(AssessmentJsonTest.CONTRACT_EXAMPLE);
            ObjectNode section = (ObjectNode) example.get(field.section());
            if (section == null || section.remove(field.name()) == null) {
                continue;
            }
            try {
                AssessmentJson.parse(example.toString());
            } catch (InvalidAssessmentException e) {
                for (Problem p : e.problems()) {
                    if (p.path().equals(field.path()) && p.expected().startsWith("is required") && !p.expected().contains(" when ")) {
                        readerRequires.add(field.path());
                    }
                }
            }
        }
        Set<String> schemaRequires = new LinkedHashSet<>();
        for (String section : ContractFields.sections()) {
            JsonNode def = CASE.at("/$defs/" + ContractFields.sectionType(section).getSimpleName());
            def.path("required").forEach(name -> schemaRequires.add(section + "." + name.asText()));
            boolean required = texts(CASE.get("required")).contains(section);
            assertThat(types(def)).as(section).containsExactlyElementsOf(required ? List.of("object") : List.of("object", "null"));
            for (Field field : ContractFields.fields(section)) {
                boolean fieldRequired = def.path("required").toString().contains("\"" + field.name() + "\"");
                JsonNode property = def.get("properties").get(field.name());
                assertThat(acceptsNull(property)).as(field.path() + " accepts null (unknown) unless required").isEqualTo(!fieldRequired);
            }
        }
        assertThat(readerRequires).hasSize(6);
        assertThat(schemaRequires).containsExactlyInAnyOrderElementsOf(readerRequires);
        assertThat(texts(CASE.get("required"))).containsExactly("runner", "pain");
    }

    @Test
    void theReportSchemaHasEveryMemberOfTheReportsRecordsAndEveryCode() {
        closedObjectWith(REPORT, "a report", components(TriageReport.class));
        assertThat(texts(REPORT.get("required"))).containsExactlyElementsOf(components(TriageReport.class));
        assertThat(REPORT.at("/properties/contractVersion/const").asInt()).isEqualTo(TriageReport.CONTRACT_VERSION);
        for (Class<? extends Record> type : List.of(Disposition.class, Flag.class, Condition.class, CareStep.class, Avoid.class,
                OpenQuestion.class)) {
            JsonNode def = REPORT.get("$defs").get(type.getSimpleName());
            assertThat(def).as(type.getSimpleName()).isNotNull();
            closedObjectWith(def, type.getSimpleName(), components(type));
            assertThat(texts(def.get("required"))).as(type.getSimpleName()).containsExactlyElementsOf(components(type));
            for (RecordComponent c : type.getRecordComponents()) {
                JsonNode property = def.get("properties").get(c.getName());
                String what = type.getSimpleName() + "." + c.getName();
                if (c.getType().isEnum()) {
                    assertThat(codesOf(REPORT, property)).as(what).containsExactlyElementsOf(constants(c.getType()));
                } else if (c.getType() == List.class) {
                    assertThat(types(property)).as(what).containsExactly("array");
                } else if (c.getType() == String.class) {
                    assertThat(property.has("enum") || types(property).equals(List.of("string"))).as(what + " is a string").isTrue();
                } else {
                    assertThat(types(property)).as(what).containsExactly("integer");
                }
            }
        }
        assertThat(codesOf(REPORT, REPORT.at("/$defs/Flag/properties/sources/items")))
                .containsExactlyElementsOf(Arrays.stream(Source.values()).map(Source::citation).toList());
        assertThat(texts(REPORT.at("/$defs/OpenQuestion/properties/path/enum")))
                .containsExactlyElementsOf(ContractFields.all().stream().map(Field::path).toList());
    }

    private static List<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    /** The JSON types a property allows: its {@code type}, or those of its {@code anyOf} branches. */
    private static List<String> types(JsonNode property) {
        JsonNode type = property.get("type");
        if (type != null) {
            return type.isArray() ? texts(type) : List.of(type.asText());
        }
        List<String> out = new ArrayList<>();
        property.path("anyOf").forEach(branch -> out.addAll(branch.has("type") ? types(branch) : List.of("$ref")));
        return out;
    }

    private static boolean acceptsNull(JsonNode property) {
        return types(property).contains("null");
    }

    /** The codes a property allows, following its {@code $ref} (directly or in an {@code anyOf} branch) to an enum. */
    private static List<String> codesOf(JsonNode schema, JsonNode property) {
        JsonNode ref = property.get("$ref");
        if (ref == null) {
            for (JsonNode branch : property.path("anyOf")) {
                if (branch.has("$ref")) {
                    ref = branch.get("$ref");
                }
            }
        }
        assertThat(ref).as("a reference to a code list in " + property).isNotNull();
        JsonNode def = schema.at(ref.asText().substring(1));
        assertThat(def.get("description").asText()).isNotBlank();
        return texts(def.get("enum"));
    }
}
