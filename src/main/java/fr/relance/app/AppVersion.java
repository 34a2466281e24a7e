package fr.relance.app;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;

/** This build's version and build time (from the Maven project), written into every backup's manifest. */
public final class AppVersion {

    private static final String RESOURCE = "/fr/relance/version.properties";

    private AppVersion() {
    }

    public static String current() {
        return property("version").orElse("dev");
    }

    /** When this jar was built (UTC), or empty when run from an IDE's unfiltered classes. */
    public static Optional<Instant> buildTime() {
        return property("built").flatMap(text -> {
            try {
                return Optional.of(Instant.parse(text));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    private static Optional<String> property(String key) {
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(in);
            String value = properties.getProperty(key);
            return value == null || value.isBlank() || value.startsWith("${") ? Optional.empty() : Optional.of(value);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
