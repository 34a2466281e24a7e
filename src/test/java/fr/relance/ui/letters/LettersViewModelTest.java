package fr.relance.ui.letters;

import static fr.relance.ui.letters.LetterFixtures.BERNARD;
import static fr.relance.ui.letters.LetterFixtures.DUPONT;
import static fr.relance.ui.letters.LetterFixtures.LONG_STREET;
import static fr.relance.ui.letters.LetterFixtures.MARTIN;
import static fr.relance.ui.letters.LetterFixtures.NO_POSTCODE;
import static fr.relance.ui.letters.LetterFixtures.PETIT;
import static fr.relance.ui.letters.LetterFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.documents.LetterDrafts;
import fr.relance.documents.LetterSettings;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.dunning.DisputeCategory;
import fr.relance.domain.dunning.InsolvencyProceeding;
import fr.relance.domain.letters.LetterBlock;
import fr.relance.domain.letters.LetterKind;
import fr.relance.dunning.CaseMeasuresService;
import fr.relance.store.Database;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.QueuedTasks;
import fr.relance.ui.RecordingDialogs;
import fr.relance.ui.common.BackgroundTasks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Courriers' view-model on a real data file, without a window. */
class LettersViewModelTest {

    @TempDir
    Path dir;
    Database database;
    LetterDrafts drafts;
    RecordingDialogs dialogs = new RecordingDialogs();
    Messages messages = new Messages(Locale.FRANCE);
    List<byte[]> printed = new ArrayList<>();
    List<Path> opened = new ArrayList<>();

    @BeforeEach
    void open() {
        database = Database.open(dir);
        LetterFixtures.write(database);
        drafts = new LetterDrafts(database, new LetterSettings(database));
    }

    @AfterEach
    void close() {
        database.close();
    }

    LettersViewModel model(BackgroundTasks tasks) {
        return new LettersViewModel(drafts, (pdf, job) -> printed.add(pdf), opened::add, tasks, dialogs, messages,
                new Formats(Locale.FRANCE), TODAY, "claire");
    }

    static List<String> messagesOf(LettersViewModel model) {
        return model.warnings().stream().map(LettersViewModel.WarningRow::message).toList();
    }

    static LettersViewModel.ParagraphPart paragraph(LettersViewModel model, int index) {
        return model.body().stream().filter(LettersViewModel.ParagraphPart.class::isInstance)
                .map(LettersViewModel.ParagraphPart.class::cast).skip(index).findFirst().orElseThrow();
    }

    @Test
    void listsTheDebtorsOwingAndComposesTheLetterWithItsTablesAndThePreview() {
        LettersViewModel model = model(BackgroundTasks.sameThread());
        model.load();
        assertThat(model.debtors()).extracting(LetterDrafts.DebtorChoice::name).startsWith("Bernard Transports")
                .contains("Dupont SARL", "Jeanne Petit").hasSize(6);
        model.searchProperty().set("dup");
        assertThat(model.debtors()).extracting(LetterDrafts.DebtorChoice::name).containsExactly("Dupont SARL");

        assertThat(model.chooseDebtor(model.debtors().get(0))).isTrue();

        assertThat(model.debtorLabelProperty().get()).isEqualTo("Dupont SARL");
        assertThat(model.kindProperty().get()).isEqualTo(LetterKind.FIRST_REMINDER);
        assertThat(model.variantProperty().get()).isEqualTo(DebtorKind.B2B);
        assertThat(model.subjectProperty().get()).contains("C0001");
        assertThat(model.body()).anyMatch(part -> part instanceof LettersViewModel.TablePart table
                && table.block() instanceof LetterBlock.InvoiceTable);
        assertThat(model.deadlineProperty().get()).isEqualTo(TODAY.plusDays(8));
        assertThat(model.pageProperty().get()).isNotNull();
        assertThat(model.pageProperty().get().width()).isBetween(793, 794); // A4 at 96 dpi
        assertThat(model.pageLabelProperty().get()).isEqualTo("Page 1 / 2");
        assertThat(model.previewStatusProperty().get()).startsWith("Aperçu mis à jour en");
        assertThat(model.canPrintProperty().get()).isTrue();
        assertThat(model.editedProperty().get()).isFalse();

        model.nextPage();
        assertThat(model.pageLabelProperty().get()).isEqualTo("Page 2 / 2");
        model.nextPage();
        assertThat(model.pageIndexProperty().get()).isEqualTo(1);
        model.previousPage();
        assertThat(model.pageLabelProperty().get()).isEqualTo("Page 1 / 2");
        model.zoomIn();
        assertThat(model.pageProperty().get().width()).isBetween(992, 993); // 125 %
    }

    @Test
    void editsReplaceTheTextOfThisLetterOnlyAndKeystrokesDuringARenderAreCoalesced() {
        QueuedTasks tasks = new QueuedTasks();
        LettersViewModel model = model(tasks);
        model.open(DUPONT, LetterKind.FORMAL_NOTICE);
        tasks.runAll();
        assertThat(model.previewsShownProperty().get()).isEqualTo(1);
        assertThat(model.rendersDone()).isEqualTo(1);

        LettersViewModel.ParagraphPart first = paragraph(model, 0);
        String typed = first.text().get();
        for (char c : " Nous comptons sur vous.".toCharArray()) {
            typed = typed + c;
            first.text().set(typed);
        }
        assertThat(tasks.waiting()).as("one render started, the other keystrokes wait for it").isEqualTo(1);
        tasks.runAll();

        // The render started at the first keystroke is dropped; the text as it stands is rendered once more.
        assertThat(model.rendersDone()).isEqualTo(3);
        assertThat(model.previewsShownProperty().get()).isEqualTo(2);
        assertThat(model.editedProperty().get()).isTrue();
        assertThat(((LetterBlock.Paragraph) model.editedContent().body().get(0)).text())
                .endsWith("Nous comptons sur vous.");
        // The template is untouched: composing again gives the template's text back.
        model.revertText();
        tasks.runAll();
        assertThat(paragraph(model, 0).text().get()).doesNotContain("Nous comptons sur vous.");
        assertThat(model.editedProperty().get()).isFalse();
    }

    @Test
    void aDisputedInvoiceIsLeftOutAndSaid() {
        new CaseMeasuresService(database, "test").openDispute(DUPONT, LetterFixtures.DISPUTED_INVOICE,
                DisputeCategory.PRICE, "Prix contesté", TODAY);
        LettersViewModel model = model(BackgroundTasks.sameThread());
        model.open(DUPONT, LetterKind.FIRST_REMINDER);

        assertThat(messagesOf(model)).contains("Factures en litige laissées hors du courrier : F-2025-034. "
                + "Réglez le litige dans l’onglet Suivi du dossier pour les réclamer.");
        assertThat(model.editedContent().invoices()).extracting(line -> line.number()).containsExactly("F-2025-031");
        assertThat(model.canPrintProperty().get()).as("a warning, not a block").isTrue();
    }

    @Test
    void insolvencyBlocksPrintingAndSavingWithTheReasonShown() {
        new CaseMeasuresService(database, "test").markInsolvency(MARTIN, InsolvencyProceeding.RECEIVERSHIP,
                LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 10), TODAY);
        LettersViewModel model = model(BackgroundTasks.sameThread());
        model.open(MARTIN, LetterKind.SECOND_REMINDER);

        assertThat(model.warnings()).first().satisfies(row -> {
            assertThat(row.blocking()).isTrue();
            assertThat(row.message()).startsWith("Procédure collective ouverte le 01/07/2025")
                    .contains("Déclarez plutôt la créance");
        });
        assertThat(model.canPrintProperty().get()).isFalse();
        assertThat(model.blockedReasonProperty().get()).startsWith("Impression et enregistrement impossibles : 1 ");
        assertThat(model.pageProperty().get()).as("the preview still shows the letter").isNotNull();

        dialogs.saveFileAnswer = dir.resolve("refused.pdf");
        assertThat(model.savePdf()).isFalse();
        assertThat(model.print()).isFalse();
        assertThat(model.openPdf()).isFalse();
        assertThat(dialogs.fileChoosers).isEmpty();
        assertThat(printed).isEmpty();
        assertThat(Files.exists(dir.resolve("refused.pdf"))).isFalse();
        assertThat(model.statusProperty().get()).startsWith("Impression et enregistrement impossibles");
    }

    @Test
    void aHoldBlocksAReminder() {
        new CaseMeasuresService(database, "test").holdDebtor(BERNARD, TODAY.minusDays(2), TODAY.plusDays(20),
                "Négociation en cours", TODAY);
        LettersViewModel model = model(BackgroundTasks.sameThread());
        model.open(BERNARD, LetterKind.FIRST_REMINDER);

        assertThat(messagesOf(model)).first().asString()
                .startsWith("Les relances de ce débiteur sont suspendues jusqu’au 03/09/2025 (Négociation en cours)");
        assertThat(model.canPrintProperty().get()).isFalse();
    }

    @Test
    void aConsumerGivenTheBusinessTemplateIsBlockedUntilTheConsumerOneIsBack() {
        LettersViewModel model = model(BackgroundTasks.sameThread());
        model.open(PETIT, LetterKind.FORMAL_NOTICE);
        assertThat(model.variantProperty().get()).isEqualTo(DebtorKind.CONSUMER);
        assertThat(model.canPrintProperty().get()).isTrue();

        assertThat(model.chooseVariant(DebtorKind.B2B)).isTrue();

        assertThat(model.variantProperty().get()).isEqualTo(DebtorKind.B2B);
        assertThat(messagesOf(model)).first().asString().startsWith("Ce débiteur est un particulier : aucune "
                + "indemnité forfaitaire de 40 € ni aucun frais de recouvrement ne peut lui être réclamé");
        assertThat(model.canPrintProperty().get()).isFalse();

        model.chooseVariant(DebtorKind.CONSUMER);
        assertThat(model.canPrintProperty().get()).isTrue();

        // Typing the fee into a consumer letter by hand is caught too.
        LettersViewModel.ParagraphPart last = paragraph(model, 1);
        last.text().set(last.text().get() + " Une indemnité forfaitaire de 40 € s’y ajoute.");
        assertThat(model.canPrintProperty().get()).isFalse();
    }

    @Test
    void anAddressLineOverThirtyEightCharactersAndAnIncompleteAddressAreBlockingALongNameWarns() {
        LettersViewModel model = model(BackgroundTasks.sameThread());
        model.open(LONG_STREET, LetterKind.FIRST_REMINDER);
        assertThat(model.warnings()).anySatisfy(row -> {
            assertThat(row.blocking()).isTrue();
            assertThat(row.message()).startsWith("La ligne 3 de l’adresse compte 43 caractères, 38 au plus");
        });
        assertThat(model.warnings()).anySatisfy(row -> {
            assertThat(row.blocking()).isFalse();
            assertThat(row.message()).startsWith("Le nom du destinataire (57 caractères) est imprimé sur 2 lignes");
        });
        assertThat(model.canPrintProperty().get()).isFalse();

        model.open(NO_POSTCODE, LetterKind.FIRST_REMINDER);
        assertThat(model.warnings()).singleElement().satisfies(row -> {
            assertThat(row.blocking()).isTrue();
            assertThat(row.message()).startsWith("L’adresse du débiteur est incomplète");
        });
        assertThat(model.draftProperty().get()).isNull();
        assertThat(model.canPrintProperty().get()).isFalse();
        assertThat(model.blockedReasonProperty().get()).isEqualTo("Le courrier n’a pas pu être composé : voir "
                + "« Avant d’imprimer ».");
    }

    @Test
    void aMissingRateNamesTheHalfYear() {
        LettersViewModel model = model(BackgroundTasks.sameThread());
        model.open(DUPONT, LetterKind.FORMAL_NOTICE);
        assertThat(model.canPrintProperty().get()).isTrue();

        model.chooseDate(LocalDate.of(2026, 11, 23));

        assertThat(messagesOf(model)).singleElement().asString().startsWith("Le taux du 2e semestre 2026 manque");
        assertThat(model.canPrintProperty().get()).isFalse();
    }

    @Test
    void theDeadlineChosenIsMergedIntoTheTextAndEditsAreReplacedOnlyWhenTheUserAgrees() {
        LettersViewModel model = model(BackgroundTasks.sameThread());
        model.open(DUPONT, LetterKind.FORMAL_NOTICE);
        assertThat(model.deadlineProperty().get()).isEqualTo(TODAY.plusDays(8));
        paragraph(model, 0).text().set("Madame, Monsieur, (modifié)");

        dialogs.confirmAnswer = false;
        assertThat(model.chooseDeadline(TODAY.plusDays(15))).isFalse();
        assertThat(paragraph(model, 0).text().get()).isEqualTo("Madame, Monsieur, (modifié)");

        dialogs.confirmAnswer = true;
        assertThat(model.chooseDeadline(TODAY.plusDays(15))).isTrue();
        assertThat(model.deadlineProperty().get()).isEqualTo(TODAY.plusDays(15));
        assertThat(model.editedContent().paymentDeadline()).isEqualTo(LocalDate.of(2025, 8, 29));
        assertThat(String.join(" ", fr.relance.domain.letters.LetterEdits.paragraphs(model.editedContent())))
                .contains("délai de 15 jours");
        assertThat(model.chooseDeadline(TODAY.minusDays(1))).isFalse();
        assertThat(model.statusProperty().get()).startsWith("La date limite de paiement ne peut pas précéder");
    }

    @Test
    void markingAsSentKeepsTheEditedLetterAsEvidenceInTheTimeline() {
        LettersViewModel model = model(BackgroundTasks.sameThread());
        model.open(DUPONT, LetterKind.FORMAL_NOTICE);
        assertThat(model.channelProperty().get()).isEqualTo(fr.relance.domain.letters.LetterChannel.REGISTERED);
        paragraph(model, 0).text().set("Madame, Monsieur, dernière relance avant procédure.");

        dialogs.confirmAnswer = false;
        assertThat(model.markSent()).isFalse();
        assertThat(model.sentProperty().get()).isNull();

        dialogs.confirmAnswer = true;
        assertThat(model.markSent()).isTrue();

        assertThat(dialogs.confirmations).last().asString().contains("Mise en demeure à Dupont SARL",
                "Recommandé AR");
        fr.relance.domain.letters.SentLetter sent = model.sentProperty().get();
        assertThat(sent.channel()).isEqualTo(fr.relance.domain.letters.LetterChannel.REGISTERED);
        assertThat(sent.sha256()).hasSize(64);
        assertThat(sent.createdBy()).isEqualTo("claire");
        assertThat(model.statusProperty().get()).startsWith("Courrier enregistré comme envoyé le 14/08/2025");
        byte[] stored = new fr.relance.documents.LetterArchive(database).reprint(sent.id());
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF");
        assertThat(new fr.relance.store.TimelineRepository(database).ofDebtor(DUPONT, List.of()))
                .anyMatch(event -> event.id() != null && event.id() == sent.eventId());
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aLetterTheCaseRefusesIsNeverMarkedAsSent() {
        new CaseMeasuresService(database, "test").markInsolvency(MARTIN, InsolvencyProceeding.LIQUIDATION,
                LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 10), TODAY);
        LettersViewModel model = model(BackgroundTasks.sameThread());
        model.open(MARTIN, LetterKind.FORMAL_NOTICE);

        assertThat(model.markSent()).isFalse();
        assertThat(dialogs.confirmations).isEmpty();
        assertThat(new fr.relance.documents.LetterArchive(database).ofDebtor(MARTIN)).isEmpty();
    }

    @Test
    void savesPrintsAndOpensTheEditedLetter() throws Exception {
        LettersViewModel model = model(BackgroundTasks.sameThread());
        model.open(DUPONT, LetterKind.FIRST_REMINDER);
        paragraph(model, 0).text().set("Madame, Monsieur, texte revu pour ce client.");
        Path target = dir.resolve("courrier.pdf");
        dialogs.saveFileAnswer = target;

        assertThat(model.savePdf()).isTrue();

        assertThat(dialogs.fileChoosers).singleElement().asString().contains("Relance-C0001-2025-08-14.pdf");
        assertThat(Files.readString(target, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF");
        try (var document = org.apache.pdfbox.Loader.loadPDF(target.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("texte revu pour ce client");
        }
        assertThat(model.statusProperty().get()).isEqualTo("Courrier enregistré : " + target);

        assertThat(model.print()).isTrue();
        assertThat(printed).singleElement().satisfies(pdf -> assertThat(new String(pdf, 0, 4,
                java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF"));
        assertThat(model.statusProperty().get()).isEqualTo("Courrier envoyé à l’imprimante.");

        assertThat(model.openPdf()).isTrue();
        assertThat(opened).singleElement().satisfies(file -> assertThat(Files.size(file)).isPositive());
        assertThat(dialogs.errors).isEmpty();
    }
}
