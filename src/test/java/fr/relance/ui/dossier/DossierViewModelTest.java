package fr.relance.ui.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.agency.AgencyFlowService;
import fr.relance.agency.AgencyFlowServiceTest;
import fr.relance.agency.DossierChecklistService;
import fr.relance.agency.DossierExport;
import fr.relance.agency.FakeDossierExport;
import fr.relance.domain.CaseEvent;
import fr.relance.domain.agency.AgencyReportStatus;
import fr.relance.domain.agency.CollectionAgency;
import fr.relance.domain.agency.NextStepKind;
import fr.relance.domain.dossier.ChecklistItem;
import fr.relance.domain.dossier.DossierItemCode;
import fr.relance.store.AgencyRepository;
import fr.relance.store.Database;
import fr.relance.store.LedgerWriter;
import fr.relance.store.TimelineRepository;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.RecordingDialogs;
import fr.relance.ui.common.BackgroundTasks;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Dossier" tab's view-model without a window, on a real data file. */
class DossierViewModelTest {

    static final LocalDate DAY = AgencyFlowServiceTest.DAY;
    static final long MARTIN = AgencyFlowServiceTest.MARTIN;

    @TempDir
    Path dir;
    Database database;
    RecordingDialogs dialogs;
    DossierViewModel model;
    int written;
    CollectionAgency agency;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(Files.createDirectories(dir.resolve("data")));
        new LedgerWriter(database).writeIntoEmptyFile(AgencyFlowServiceTest.ledger(), (d, t) -> { }, () -> false);
        agency = new AgencyRepository(database).save(new CollectionAgency(null, "Recouvra Lyon", null, null, null,
                null, null, null, null, null, new BigDecimal("12"), new BigDecimal("150"), new BigDecimal("1000"),
                null, null, null, null, false), DAY);
        dialogs = new RecordingDialogs();
        model = new DossierViewModel(new AgencyFlowService(database, "claire", new FakeDossierExport()),
                BackgroundTasks.sameThread(), dialogs, new Messages(Locale.FRANCE), new Formats(Locale.FRANCE), DAY);
        model.setOnWritten(() -> written++);
        model.open(MARTIN);
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** Formats space thousands and currencies with non-breaking spaces; the tests read plain spaces. */
    static String plain(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    ChecklistItem item(DossierItemCode code) {
        return model.items().stream().filter(i -> i.item().code() == code).findFirst().orElseThrow();
    }

    @Test
    void theChecklistReadsAsSentencesWithItsGauge() {
        assertThat(model.items()).hasSize(9);
        assertThat(model.gaugeProperty().get()).isEqualTo("Obligatoires : 2/6 · Toutes : 2/9");
        assertThat(model.requiredShareProperty().get()).isEqualTo(2.0 / 6);
        assertThat(model.texts().evidence(item(DossierItemCode.INVOICE_COPIES))).startsWith(
                "Copie manquante pour FA-3 (0 sur 1 jointes)");
        assertThat(model.texts().evidence(item(DossierItemCode.DEBTOR_IDENTITY)))
                .isEqualTo("SIREN inconnu : renseignez-le sur la fiche du débiteur.");
        assertThat(model.missingProperty().get()).contains("Copie de chaque facture réclamée", "Relances envoyées");
    }

    @Test
    void aTickByHandAsksForItsNoteThenShowsWhoAndWhen() {
        model.tick(item(DossierItemCode.REMINDERS_SENT), true);
        assertThat(model.errorProperty().get())
                .contains("Dites en une note ce que contient le dossier pour cette pièce.");
        assertThat(written).isZero();
        model.tickNoteProperty().set("Relances papier de juin, classeur 2026");
        model.tick(item(DossierItemCode.REMINDERS_SENT), true);
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("Pièce cochée.");
        assertThat(model.texts().evidence(item(DossierItemCode.REMINDERS_SENT)))
                .startsWith("Cochée à la main par claire le ").contains(": Relances papier de juin, classeur 2026");
        assertThat(model.gaugeProperty().get()).startsWith("Obligatoires : 3/6");
        assertThat(model.tickNoteProperty().get()).isEmpty();
    }

    @Test
    void aHandoverWhoseDossierIsCancelledOrFailsRecordsNothingAndSaysWhy() {
        FakeDossierExport export = new FakeDossierExport();
        boolean[] cancel = {false};
        DossierViewModel cancelling = new DossierViewModel(new AgencyFlowService(database, "claire",
                new DossierExport() {
                    @Override
                    public ExportedDossier export(long debtorId, CollectionAgency to, LocalDate asOf,
                                                  fr.relance.domain.dossier.DossierChecklist checklist, Path target,
                                                  Steps steps) {
                        cancel[0] = true; // the controller clicks "Arrêter" while the dossier is written
                        return export.export(debtorId, to, asOf, checklist, target, steps);
                    }

                    @Override
                    public String extension() {
                        return "zip";
                    }
                }), new BackgroundTasks() {
                    @Override
                    public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> done,
                                        java.util.function.Consumer<Throwable> failed) {
                        BackgroundTasks.sameThread().run(work, done, failed);
                    }

                    @Override
                    public <T> Handle runLong(LongWork<T> work, java.util.function.Consumer<Double> progress,
                                              java.util.function.Consumer<T> done,
                                              java.util.function.Consumer<Throwable> failed) {
                        return BackgroundTasks.sameThread().runLong(p -> work.run(new Progress() {
                            @Override
                            public void advanced(long d, long t) {
                                p.advanced(d, t);
                            }

                            @Override
                            public boolean isCancelled() {
                                return cancel[0];
                            }
                        }), progress, done, failed);
                    }
                }, dialogs, new Messages(Locale.FRANCE), new Formats(Locale.FRANCE), DAY);
        cancelling.open(MARTIN);
        cancelling.startHandover();
        cancelling.overrideReasonProperty().set("Copies chez le client");
        Path target = dir.resolve("dossier-martin.zip");
        dialogs.saveFileAnswer = target;
        cancelling.handOver();
        assertThat(cancelling.errorProperty().get()).startsWith("Transmission arrêtée");
        assertThat(cancelling.busyProperty().get()).isFalse();
        assertThat(cancelling.exportingProperty().get()).isFalse();
        assertThat(cancelling.handoverShownProperty().get()).isTrue();
        assertThat(cancelling.overviewProperty().get().current()).isNull();
        assertThat(Files.exists(target)).isFalse();

        // A dossier that cannot be written (a full disk): the exporter's sentence, no handover either.
        cancel[0] = false;
        export.failure = new fr.relance.documents.DossierExportException(
                fr.relance.documents.DossierExportException.Reason.DISK_FULL, target,
                new java.io.IOException("No space left on device"));
        DossierViewModel failing = new DossierViewModel(new AgencyFlowService(database, "claire", export),
                BackgroundTasks.sameThread(), dialogs, new Messages(Locale.FRANCE), new Formats(Locale.FRANCE), DAY);
        failing.open(MARTIN);
        failing.startHandover();
        failing.overrideReasonProperty().set("Copies chez le client");
        failing.handOver();
        assertThat(failing.errorProperty().get()).isNotEmpty().doesNotContain("inattendue");
        assertThat(failing.overviewProperty().get().current()).isNull();
        assertThat(written).isZero();
    }

    @Test
    void theHandoverIsBlockedUntilTheOverrideHasItsReasonThenTheAgencyIsFollowedToTheWriteOff() {
        model.startHandover();
        assertThat(model.agencyProperty().get()).isEqualTo(agency); // the only agency is chosen
        // 12 % of 500 + 150 = 210: 42 % of the balance, and the claim is under the agency's minimum.
        assertThat(plain(model.estimateProperty().get())).startsWith("Honoraires attendus 210,00 € (42,00 % du solde)")
                .contains("Solde sous la créance minimale de l’agence (1 000,00 €)", "Convention manquante");
        dialogs.saveFileAnswer = dir.resolve("dossier-martin.pdf");
        model.handOver();
        assertThat(model.errorProperty().get()).contains("Des pièces obligatoires manquent");
        assertThat(model.overviewProperty().get().current()).isNull();
        assertThat(Files.exists(dir.resolve("dossier-martin.pdf"))).isFalse();

        model.overrideReasonProperty().set("L’agence récupère les copies de factures chez le client");
        model.handOver();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.handoverShownProperty().get()).isFalse();
        assertThat(model.overviewProperty().get().current().agencyName()).isEqualTo("Recouvra Lyon");
        assertThat(dialogs.fileChoosers).singleElement().asString().contains("Dossier Martin SA 2026-10-01", "pdf");
        assertThat(written).isEqualTo(1);

        model.reportStatusProperty().set(AgencyReportStatus.PARTLY_COLLECTED);
        model.reportCollectedProperty().set("abc");
        model.recordReport();
        assertThat(model.errorProperty().get()).startsWith("Saisissez un montant positif");
        model.reportCollectedProperty().set("100,00 €");
        model.reportFeeProperty().set("12");
        model.recordReport();
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.overviewProperty().get().account().collected()).isEqualByComparingTo("100.00");
        assertThat(model.reportCollectedProperty().get()).isEmpty();

        dialogs.confirmAnswer = false;
        model.endMandate();
        assertThat(model.overviewProperty().get().current().active()).isTrue();
        dialogs.confirmAnswer = true;
        model.endMandate();
        assertThat(dialogs.confirmations.get(1)).contains("« payé en partie »");
        assertThat(model.overviewProperty().get().nextSteps()).extracting(s -> s.kind()).containsExactly(
                NextStepKind.SMALL_CLAIMS_PROCEDURE, NextStepKind.ORDER_FOR_PAYMENT, NextStepKind.WRITE_OFF);
        assertThat(model.texts().stepReason(model.overviewProperty().get().nextSteps().get(1)))
                .contains("tribunal de commerce", "Cerfa 12946");
        assertThat(plain(model.vatWordingProperty().get())).contains("Martin SA", "CGI, art. 272-1",
                "– facture FA-3 : reste dû 500,00 €, dont TVA 83,33 €");

        model.writeOff();
        assertThat(model.errorProperty().get()).isEqualTo("Donnez le motif.");
        model.writeOffReasonProperty().set("Débiteur sans actif saisissable");
        model.writeOff();
        assertThat(model.statusProperty().get()).startsWith("Créance passée en perte");
        CaseEvent vat = new TimelineRepository(database).ofDebtor(MARTIN, List.of(CaseEvent.VAT_RECOVERY)).get(0);
        assertThat(vat.summary()).isEqualTo("CGI 272-1 · VAT 83.33 · FA-3");
        assertThat(model.overviewProperty().get().current()).isNull();
    }

    @Test
    void theItemsAreConfiguredInTheSettings() {
        DossierItemsViewModel items = new DossierItemsViewModel(new DossierChecklistService(database, "claire"),
                BackgroundTasks.sameThread(), new Messages(Locale.FRANCE));
        items.load();
        assertThat(items.items()).hasSize(9);
        items.setEnabled(4, false);
        items.newLabelProperty().set("Extrait Kbis");
        items.add();
        items.newLabelProperty().set("extrait kbis");
        items.add();
        assertThat(items.errorProperty().get()).isEqualTo("Une pièce porte déjà ce libellé.");
        assertThat(items.dirtyProperty().get()).isTrue();
        items.save();
        assertThat(items.statusProperty().get()).isEqualTo("Liste des pièces enregistrée.");
        assertThat(items.items()).hasSize(10);
        model.refresh();
        assertThat(model.items()).hasSize(9).anyMatch(i -> "Extrait Kbis".equals(i.item().label()));
    }
}
