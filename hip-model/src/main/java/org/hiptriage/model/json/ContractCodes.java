package org.hiptriage.model.json;

import java.util.HashMap;
import java.util.Map;

/** The codes of each enum by name, looked up without copying the enum's constants on every read. */
final class ContractCodes {

    private static final ClassValue<Map<String, Enum<?>>> BY_NAME = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> byName = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byName.put(((Enum<?>) constant).name(), (Enum<?>) constant);
            }
            return Map.copyOf(byName);
        }
    };

    private ContractCodes() {
    }

    /** The constant of {@code type} named exactly {@code name}, or null. */
    static <E extends Enum<E>> E of(Class<E> type, String name) {
        return type.cast(BY_NAME.get(type).get(name));
    }
}
