package fr.relance.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.store.DataFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    static final Path HOME = Path.of("/home/claire");

    @Test
    void defaultFolderPerSystem() {
        assertThat(DataFolder.resolve(null, Map.of("APPDATA", "C:\\Users\\claire\\AppData\\Roaming"),
                "Windows 11", HOME).path()).isEqualTo(Path.of("C:\\Users\\claire\\AppData\\Roaming", "Relance"));
        assertThat(DataFolder.resolve(null, Map.of(), "Mac OS X", HOME).path())
                .isEqualTo(HOME.resolve("Library/Application Support/Relance"));
        assertThat(DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "/data/xdg"), "Linux", HOME).path())
                .isEqualTo(Path.of("/data/xdg/relance"));
        DataFolder linux = DataFolder.resolve(null, Map.of(), "Linux", HOME);
        assertThat(linux.path()).isEqualTo(HOME.resolve(".local/share/relance"));
        assertThat(linux.source()).isEqualTo(DataFolder.Source.DEFAULT);
        assertThat(linux.mayCreate()).isTrue();
    }

    @Test
    void commandLineWinsOverTheEnvironmentWhichWinsOverTheDefault() {
        Map<String, String> env = Map.of("RELANCE_HOME", "/srv/relance", "XDG_DATA_HOME", "/data/xdg");
        DataFolder fromEnv = DataFolder.resolve(null, env, "Linux", HOME);
        assertThat(fromEnv.path()).isEqualTo(Path.of("/srv/relance"));
        assertThat(fromEnv.mayCreate()).isFalse();
        DataFolder fromCli = DataFolder.resolve(Path.of("/tmp/other"), env, "Linux", HOME);
        assertThat(fromCli.path()).isEqualTo(Path.of("/tmp/other"));
        assertThat(fromCli.source()).isEqualTo(DataFolder.Source.COMMAND_LINE);
    }

    @Test
    void theDefaultFolderIsCreatedButANamedOneMustExist(@TempDir Path dir) {
        Path absent = dir.resolve("Relance");
        try (AppContext context = AppContext.open(new DataFolder(absent, DataFolder.Source.DEFAULT),
                Clock.systemUTC())) {
            assertThat(context.database().file()).exists();
        }
        Path named = dir.resolve("typo");
        assertThatThrownBy(() -> AppContext.open(new DataFolder(named, DataFolder.Source.COMMAND_LINE),
                Clock.systemUTC()))
                .isInstanceOfSatisfying(DataFileException.class,
                        e -> assertThat(e.reason()).isEqualTo(DataFileException.Reason.FOLDER_MISSING));
        assertThat(named).doesNotExist();
    }
}
