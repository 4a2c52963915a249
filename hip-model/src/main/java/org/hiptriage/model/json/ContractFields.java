package org.hiptriage.model.json;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hiptriage.model.Assessment;

/**
 * The contract's input fields (contract §1), read from the model itself: the sections are the record
 * components of {@link Assessment}, the fields of a section the record components of its type. The
 * JSON reader, the interview's answers and the tests take the field list from here, so a field added to
 * the model is a contract field everywhere at once and can never be silently dropped.
 */
public final class ContractFields {

    /** How a field is written in the contract's JSON. */
    public enum Kind {
        /** A whole number ({@link Integer}). */
        WHOLE_NUMBER,
        /** A number ({@link Double}). */
        NUMBER,
        /** true, false or null ({@link Boolean}). */
        BOOLEAN,
        /** One code (an enum). */
        CODE,
        /** A list of codes (a {@link List} of an enum). */
        CODES
    }

    /**
     * One input field.
     *
     * @param section the section's name, e.g. {@code pain}
     * @param name the field's name, e.g. {@code severity}
     * @param kind how it is written
     * @param codeType the enum of its codes (CODE, CODES), else {@code null}
     * @param component the model's record component
     */
    public record Field(String section, String name, Kind kind, Class<? extends Enum<?>> codeType, RecordComponent component) {

        /** The contract path, e.g. {@code pain.severity}. */
        public String path() {
            return section + "." + name;
        }

        /** This field's value in a section of the model ({@code null} for unknown). */
        public Object valueIn(Record sectionValue) {
            try {
                return component.getAccessor().invoke(sectionValue);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + path(), e);
            }
        }
    }

    private static final Map<String, Class<? extends Record>> SECTIONS = new LinkedHashMap<>();
    private static final Map<String, List<Field>> FIELDS = new LinkedHashMap<>();

    static {
        for (RecordComponent section : Assessment.class.getRecordComponents()) {
            Class<? extends Record> type = section.getType().asSubclass(Record.class);
            SECTIONS.put(section.getName(), type);
            List<Field> fields = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                fields.add(field(section.getName(), c));
            }
            FIELDS.put(section.getName(), List.copyOf(fields));
        }
    }

    private ContractFields() {
    }

    @SuppressWarnings("unchecked")
    private static Field field(String section, RecordComponent c) {
        Class<?> type = c.getType();
        if (type == Integer.class) {
            return new Field(section, c.getName(), Kind.WHOLE_NUMBER, null, c);
        }
        if (type == Double.class) {
            return new Field(section, c.getName(), Kind.NUMBER, null, c);
        }
        if (type == Boolean.class) {
            return new Field(section, c.getName(), Kind.BOOLEAN, null, c);
        }
        if (type.isEnum()) {
            return new Field(section, c.getName(), Kind.CODE, (Class<? extends Enum<?>>) type, c);
        }
        if (type == List.class && c.getGenericType() instanceof ParameterizedType list) {
            Type element = list.getActualTypeArguments()[0];
            if (element instanceof Class<?> e && e.isEnum()) {
                return new Field(section, c.getName(), Kind.CODES, (Class<? extends Enum<?>>) e, c);
            }
        }
        throw new IllegalStateException("the contract has no JSON form for " + section + "." + c.getName() + " of type "
                + c.getGenericType().getTypeName());
    }

    /** The sections' names, in the contract's order. */
    public static List<String> sections() {
        return List.copyOf(SECTIONS.keySet());
    }

    /** The model's type of a section. */
    public static Class<? extends Record> sectionType(String section) {
        return SECTIONS.get(section);
    }

    /** A section's fields, in the contract's order (empty for a name that is not a section). */
    public static List<Field> fields(String section) {
        return FIELDS.getOrDefault(section, List.of());
    }

    /** Every field, section by section, in the contract's order. */
    public static List<Field> all() {
        return FIELDS.values().stream().flatMap(List::stream).toList();
    }

    /** The field at this contract path, if there is one. */
    public static Optional<Field> field(String path) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String section = path.substring(0, dot);
        String name = path.substring(dot + 1);
        return fields(section).stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
