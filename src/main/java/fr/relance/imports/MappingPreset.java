package fr.relance.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A column mapping the user confirmed, kept (as one text value in {@code app_setting}) to be offered again for
 * the next file whose header has the same signature: the monthly export of the same software.
 *
 * <p>Stored as JSON: {@code {"version":1,"name":..,"headerSignature":..,"columns":{"DEBTOR_CODE":0,..}}}.
 * A field name this version does not know (written by a newer one) is skipped rather than failing, so an
 * older Relance still offers the rest of the preset.
 */
public record MappingPreset(String name, String headerSignature, ColumnMapping mapping) {

    private static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    public MappingPreset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(headerSignature, "headerSignature");
        Objects.requireNonNull(mapping, "mapping");
    }

    /** @return whether this preset was made for files with this header */
    public boolean fits(List<String> header) {
        return headerSignature.equals(ColumnMapping.headerSignature(header));
    }

    public String encode() {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        root.put("name", name);
        root.put("headerSignature", headerSignature);
        ObjectNode columns = root.putObject("columns");
        mapping.columns().forEach((field, column) -> columns.put(field.name(), column));
        return root.toString();
    }

    /** @throws IllegalArgumentException when the text is not a preset */
    public static MappingPreset decode(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a mapping preset: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.path("name").isTextual() || !root.path("headerSignature").isTextual()
                || !root.path("columns").isObject()) {
            throw new IllegalArgumentException("not a mapping preset: " + text);
        }
        Map<LedgerField, Integer> columns = new EnumMap<>(LedgerField.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = root.get("columns").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> column = it.next();
            LedgerField field = fieldOrNull(column.getKey());
            if (field != null && column.getValue().canConvertToInt() && column.getValue().asInt() >= 0) {
                columns.put(field, column.getValue().asInt());
            }
        }
        return new MappingPreset(root.get("name").asText(), root.get("headerSignature").asText(),
                new ColumnMapping(columns));
    }

    private static LedgerField fieldOrNull(String name) {
        try {
            return LedgerField.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
