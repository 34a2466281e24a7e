package fr.relance.backup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code manifest.json}, the first thing a restore reads: which program and version wrote the archive, the schema
 * version of the data file inside, when, and the size and SHA-256 of every other entry, checked before anything
 * is replaced.
 */
public record BackupManifest(int format, String appVersion, String schemaVersion, OffsetDateTime createdAt,
                             BackupKind kind, List<Entry> entries) {

    public static final String ENTRY_NAME = "manifest.json";
    public static final String APP = "Relance";
    /** The archive layout this version writes and reads; a later layout is refused as "from a newer Relance". */
    public static final int FORMAT = 1;

    /** One file of the archive. */
    public record Entry(String name, long size, String sha256) {
    }

    /** Thrown when the manifest is not one Relance wrote. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public BackupManifest {
        entries = List.copyOf(entries);
    }

    public Optional<Entry> entry(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("app", APP);
        root.put("format", format);
        root.put("appVersion", appVersion);
        root.put("schemaVersion", schemaVersion);
        root.put("createdAt", createdAt.toString());
        root.put("kind", kind.name());
        ArrayNode list = root.putArray("entries");
        for (Entry entry : entries) {
            list.addObject().put("name", entry.name()).put("size", entry.size()).put("sha256", entry.sha256());
        }
        try {
            return JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @throws Unreadable when the text is not a Relance manifest (another program's zip, a damaged entry)
     */
    static BackupManifest read(InputStream in) throws IOException, Unreadable {
        JsonNode root;
        try {
            root = JSON.readTree(in.readNBytes(1 << 20));
        } catch (JsonProcessingException e) {
            throw new Unreadable("manifest.json is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !APP.equals(root.path("app").asText())) {
            throw new Unreadable("manifest.json was not written by Relance");
        }
        int format = root.path("format").asInt(-1);
        if (format < 1) {
            throw new Unreadable("manifest.json has no format number");
        }
        try {
            BackupKind kind = BackupKind.valueOf(root.path("kind").asText(BackupKind.MANUAL.name()));
            List<Entry> entries = new ArrayList<>();
            for (JsonNode entry : root.path("entries")) {
                String name = entry.path("name").asText("");
                String sha = entry.path("sha256").asText("");
                long size = entry.path("size").asLong(-1);
                if (name.isEmpty() || sha.length() != 64 || size < 0) {
                    throw new Unreadable("manifest.json lists an incomplete entry");
                }
                entries.add(new Entry(name, size, sha));
            }
            return new BackupManifest(format, root.path("appVersion").asText("?"),
                    root.path("schemaVersion").asText("?"), OffsetDateTime.parse(root.path("createdAt").asText()),
                    kind, entries);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new Unreadable("manifest.json is incomplete: " + e.getMessage());
        }
    }
}
