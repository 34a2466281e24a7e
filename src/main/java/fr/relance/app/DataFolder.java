package fr.relance.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the data file lives. In order: --data-dir, the RELANCE_HOME environment variable, then the user's
 * application-data folder: Windows %APPDATA%\Relance, macOS ~/Library/Application Support/Relance, Linux
 * $XDG_DATA_HOME/relance, else ~/.local/share/relance.
 */
public record DataFolder(Path path, Source source) {

    public enum Source {
        COMMAND_LINE,
        ENVIRONMENT,
        DEFAULT
    }

    public static final String ENV_VARIABLE = "RELANCE_HOME";

    /** A folder the user named must exist; only the default one is created. */
    public boolean mayCreate() {
        return source == Source.DEFAULT;
    }

    public static DataFolder resolve(Path commandLine, Map<String, String> env, String osName, Path userHome) {
        if (commandLine != null) {
            return new DataFolder(commandLine, Source.COMMAND_LINE);
        }
        String home = env.get(ENV_VARIABLE);
        if (home != null && !home.isBlank()) {
            return new DataFolder(Path.of(home), Source.ENVIRONMENT);
        }
        return new DataFolder(defaultFolder(env, osName, userHome), Source.DEFAULT);
    }

    static Path defaultFolder(Map<String, String> env, String osName, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? userHome.resolve("AppData").resolve("Roaming")
                    : Path.of(appData);
            return base.resolve("Relance");
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("Relance");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() ? userHome.resolve(".local").resolve("share") : Path.of(xdg);
        return base.resolve("relance");
    }
}
