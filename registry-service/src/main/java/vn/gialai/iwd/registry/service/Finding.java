package vn.gialai.iwd.registry.service;

import java.util.List;

/** A validation finding on one field: errors reject the record, warnings are reported with it. */
public record Finding(String field, String code, List<Object> arguments, boolean warning) {

    public static Finding error(String field, String code, Object... arguments) {
        return new Finding(field, code, List.of(arguments), false);
    }

    public static Finding warning(String field, String code, Object... arguments) {
        return new Finding(field, code, List.of(arguments), true);
    }
}
