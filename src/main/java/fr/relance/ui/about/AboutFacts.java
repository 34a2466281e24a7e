package fr.relance.ui.about;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * What the About dialog shows and the diagnostic copies: this build, where the data and the logs are, and the
 * system it runs on.
 *
 * @param buildTime empty when run from unfiltered classes (an IDE)
 * @param java      the Java version and vendor, e.g. "17.0.15 (Eclipse Adoptium)"
 * @param javaHome  the runtime in use: the bundled one in an installed Relance
 * @param os        name, version and architecture
 */
public record AboutFacts(String version, Optional<Instant> buildTime, Path dataFolder, Path dataFile,
                         Path logFolder, Path logFile, String os, String java, String javaHome) {

    /** The facts of the running process, for the given data and log locations. */
    public static AboutFacts ofThisProcess(String version, Optional<Instant> buildTime, Path dataFolder,
                                           Path dataFile, Path logFolder, Path logFile) {
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                + System.getProperty("os.arch") + ")";
        String java = System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")";
        return new AboutFacts(version, buildTime, dataFolder, dataFile, logFolder, logFile, os, java,
                System.getProperty("java.home"));
    }
}
