package fr.relance.ui.agencies;

import static fr.relance.documents.TestFiles.DURAND;
import static fr.relance.documents.TestFiles.TODAY;
import static fr.relance.store.jooq.Tables.COLLECTION_CASE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.documents.AttachmentService;
import fr.relance.documents.TestFiles;
import fr.relance.domain.agency.AgencyFeeEstimate;
import fr.relance.domain.agency.CollectionAgency;
import fr.relance.domain.agency.FeeWarning;
import fr.relance.store.AgencyRepository;
import fr.relance.store.Database;
import fr.relance.store.DocumentRepository;
import fr.relance.store.LedgerWriter;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import fr.relance.ui.RecordingDialogs;
import fr.relance.ui.common.BackgroundTasks;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paramètres > Agences and the case file's "Agence" tab, without a window. */
class AgenciesViewModelTest {

    @TempDir
    Path dir;
    Database database;
    AgencyRepository agencies;
    AgenciesViewModel model;
    final RecordingDialogs dialogs = new RecordingDialogs();
    final List<Path> opened = new ArrayList<>();
    final Messages messages = new Messages(Locale.FRANCE);
    final Formats formats = new Formats(Locale.FRANCE);

    @BeforeEach
    void open() throws Exception {
        database = Database.open(Files.createDirectories(dir.resolve("data")));
        new LedgerWriter(database).writeIntoEmptyFile(TestFiles.ledger(), (done, total) -> { }, () -> false);
        agencies = new AgencyRepository(database);
        DocumentRepository documents = new DocumentRepository(database);
        AttachmentService attachments = new AttachmentService(documents, agencies, opened::add,
                dir.resolve("copies"));
        model = new AgenciesViewModel(agencies, documents, attachments, BackgroundTasks.sameThread(), dialogs,
                messages, formats, TODAY, "claire");
        model.load();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void fill(String name, String percent, String fixed, String minimum) {
        model.newAgency();
        model.field("name").set(name);
        model.field("commissionPercent").set(percent);
        model.field("fixedFee").set(fixed);
        model.field("minimumClaim").set(minimum);
    }

    @Test
    void wrongFieldsShowUnderThemAndNothingIsSaved() {
        fill("", "douze", "-5", "");
        model.field("email").set("pas-un-email");

        assertThat(model.save()).isFalse();
        assertThat(model.errors()).containsOnlyKeys("name", "email", "commissionPercent", "fixedFee");
        assertThat(model.errors().get("commissionPercent")).startsWith("Commission invalide");
        assertThat(model.errors().get("fixedFee")).startsWith("Montant invalide");

        model.field("commissionPercent").set("");
        model.field("fixedFee").set("");
        assertThat(model.save()).isFalse();
        assertThat(model.errors()).containsOnlyKeys("name", "email", "commissionPercent");
        assertThat(model.errors().get("commissionPercent")).startsWith("Indiquez une commission, un forfait");
        assertThat(model.statusProperty().get()).startsWith("3 champs sont à corriger");
        assertThat(agencies.all(true)).isEmpty();
    }

    @Test
    void anAgencyIsSavedWithItsFeeModelAndItsAgreementIsAttached() throws Exception {
        fill("Recouvra Lyon", "12,5", "90", "300,00");
        model.agreementSignedOnProperty().set(TODAY.minusDays(20));
        assertThat(model.save()).isTrue();

        assertThat(model.errors()).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("Agence « Recouvra Lyon » enregistrée.");
        assertThat(model.agencies()).singleElement().satisfies(agency -> {
            assertThat(agency.commissionPercent()).isEqualByComparingTo("12.5");
            assertThat(agency.fixedFee()).isEqualByComparingTo("90");
            assertThat(agency.minimumClaim()).isEqualByComparingTo("300");
            assertThat(agency.agreementOnFile()).isFalse();
        });
        assertThat(model.editingProperty().get().name()).isEqualTo("Recouvra Lyon");
        assertThat(model.field("commissionPercent").get()).isEqualTo("12,5");

        dialogs.nextOpenFile = TestFiles.encryptedPdf(Files.createDirectories(dir.resolve("files")), "c.pdf");
        model.attachAgreement();
        assertThat(dialogs.errors).singleElement().asString().contains("protégé par un mot de passe");
        assertThat(model.editingProperty().get().agreementOnFile()).isFalse();

        dialogs.nextOpenFile = TestFiles.pdf(dir.resolve("files"), "convention signée.pdf", 3, "Convention");
        model.attachAgreement();
        CollectionAgency linked = model.editingProperty().get();
        assertThat(linked.agreementOnFile()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo("Convention de « Recouvra Lyon » enregistrée.");
        model.openAgreement();
        assertThat(opened).singleElement().asString().endsWith("convention signée.pdf");
    }

    @Test
    void theSimulationComparesAgenciesWithTheThresholdFromTheSettings() {
        fill("Forfait Express", "", "150", "");
        model.save();
        fill("Recouvra Lyon", "12", "", "500");
        model.save();

        model.simulatedBalanceProperty().set("400,00 €");
        List<AgencyFeeEstimate> estimates = List.copyOf(model.estimates());
        assertThat(estimates).extracting(e -> e.agency().name()).containsExactly("Forfait Express", "Recouvra Lyon");
        assertThat(estimates.get(0).fee()).isEqualByComparingTo("150.00");
        assertThat(estimates.get(0).warnings()).containsExactlyInAnyOrder(FeeWarning.FEE_SHARE_ABOVE_THRESHOLD,
                FeeWarning.AGREEMENT_MISSING);
        assertThat(estimates.get(1).warnings()).containsExactlyInAnyOrder(FeeWarning.BELOW_MINIMUM_CLAIM,
                FeeWarning.AGREEMENT_MISSING);
        assertThat(AgencyTexts.warnings(estimates.get(1), model.maxShareProperty().get(), messages, formats))
                .isEqualTo("Solde sous la créance minimale de l’agence (500,00\u00A0€) · Convention manquante (R124-3)");

        model.maxShareTextProperty().set("40");
        model.saveMaxShare();
        assertThat(agencies.maxFeeShare()).isEqualByComparingTo("40");
        assertThat(model.estimates().get(0).warnings()).containsExactly(FeeWarning.AGREEMENT_MISSING);

        model.maxShareTextProperty().set("0");
        model.saveMaxShare();
        assertThat(model.errors().get("maxShare")).startsWith("Seuil invalide");
        model.simulatedBalanceProperty().set("abc");
        assertThat(model.errors().get("simulation")).isEqualTo("Saisissez un montant positif.");
        assertThat(model.estimates()).isEmpty();
    }

    @Test
    void anAgencyThatReceivedACaseIsArchivedNotDeleted() {
        fill("Recouvra Lyon", "12", "", "");
        model.save();
        CollectionAgency agency = model.editingProperty().get();
        database.dsl().insertInto(COLLECTION_CASE, COLLECTION_CASE.DEBTOR_ID, COLLECTION_CASE.STAGE,
                COLLECTION_CASE.OPENED_ON, COLLECTION_CASE.AGENCY_ID).values(DURAND, "AGENCY", TODAY, agency.id())
                .execute();

        model.delete();
        assertThat(dialogs.confirmations).hasSize(1);
        assertThat(dialogs.errors).singleElement().asString().contains("ne peut pas être supprimée. Archivez-la");
        assertThat(agencies.all(true)).hasSize(1);

        model.toggleArchived();
        assertThat(model.agencies()).isEmpty();
        assertThat(model.statusProperty().get()).startsWith("Agence « Recouvra Lyon » archivée");
        model.showArchivedProperty().set(true);
        assertThat(model.agencies()).singleElement().satisfies(a -> assertThat(a.archived()).isTrue());
    }

    @Test
    void theCaseFileShowsTheExpectedFeesForItsBalance() {
        fill("Recouvra Lyon", "15", "", "");
        model.save();
        CaseAgencyViewModel caseAgency = new CaseAgencyViewModel(agencies, BackgroundTasks.sameThread(), messages);
        caseAgency.refresh();
        caseAgency.balanceProperty().set(new BigDecimal("1200.00"));

        assertThat(caseAgency.estimates()).singleElement().satisfies(estimate -> {
            assertThat(estimate.fee()).isEqualByComparingTo("180.00");
            assertThat(estimate.share()).isEqualByComparingTo("15.00");
            assertThat(estimate.warnings()).containsExactly(FeeWarning.AGREEMENT_MISSING);
        });
        caseAgency.balanceProperty().set(null);
        assertThat(caseAgency.estimates()).isEmpty();
    }
}
