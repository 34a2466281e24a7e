package fr.relance.ui.cases;

import static fr.relance.documents.LetterFixtures.DUE;
import static fr.relance.documents.LetterFixtures.DUPONT;
import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.documents.EnvelopeLayout;
import fr.relance.documents.LetterArchive;
import fr.relance.documents.LetterComposer;
import fr.relance.documents.LetterFixtures;
import fr.relance.domain.letters.LetterChannel;
import fr.relance.domain.letters.LetterKind;
import fr.relance.domain.letters.SentLetter;
import fr.relance.store.Database;
import fr.relance.store.LetterRepository;
import fr.relance.text.Messages;
import fr.relance.ui.common.BackgroundTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case file's letters sent: listed with their fingerprint, reprinted as the identical file. */
class CaseLettersViewModelTest {

    @TempDir
    Path dir;
    Database database;
    LetterArchive archive;
    final List<Path> opened = new ArrayList<>();
    CaseLettersViewModel model;

    @BeforeEach
    void open() throws Exception {
        database = LetterFixtures.open(Files.createDirectory(dir.resolve("data")));
        archive = new LetterArchive(new LetterRepository(database), () -> EnvelopeLayout.DL);
        model = new CaseLettersViewModel(archive, BackgroundTasks.sameThread(), new Messages(Locale.FRANCE),
                opened::add, dir.resolve("copies"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theLettersSentAreListedAndAReprintOpensTheIdenticalFile() throws Exception {
        model.open(DUPONT);
        assertThat(model.letters()).isEmpty();
        SentLetter sent = archive.issue(new LetterComposer(database).compose(
                LetterComposer.Request.of(DUPONT, DUE.plusDays(31), LetterKind.FORMAL_NOTICE)),
                LetterChannel.REGISTERED, DUE.plusDays(31), "claire");

        model.refresh();
        assertThat(model.letters()).containsExactly(sent);

        model.reprint(sent);
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).getFileName().toString()).isEqualTo(sent.id()
                + "-2026-10-02 Mise en demeure - DUPONT SARL.pdf");
        assertThat(Files.readAllBytes(opened.get(0))).isEqualTo(archive.reprint(sent.id()));
        assertThat(Files.getPosixFilePermissions(opened.get(0)))
                .doesNotContain(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        model.reprint(sent);
        assertThat(opened).hasSize(2).allMatch(opened.get(0)::equals);
    }

    @Test
    void aStoredPdfThatNoLongerMatchesItsFingerprintIsNotOpened() {
        SentLetter sent = archive.issue(new LetterComposer(database).compose(
                LetterComposer.Request.of(DUPONT, DUE.plusDays(31), LetterKind.FORMAL_NOTICE)),
                LetterChannel.REGISTERED, DUE.plusDays(31), "claire");
        fr.relance.store.Tampering.replaceDocumentContent(database, sent.documentId(), new byte[] {1, 2, 3});

        model.open(DUPONT);
        model.reprint(sent);

        assertThat(opened).isEmpty();
        assertThat(model.errorProperty().get()).contains("ne correspond plus à son empreinte SHA-256");
    }
}
