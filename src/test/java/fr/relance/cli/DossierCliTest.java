package fr.relance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.documents.AttachmentService;
import fr.relance.documents.TestFiles;
import fr.relance.domain.CaseStage;
import fr.relance.domain.HalfYear;
import fr.relance.domain.HalfYearRates;
import fr.relance.domain.OpenItem;
import fr.relance.domain.agency.CollectionAgency;
import fr.relance.domain.documents.AttachmentDetails;
import fr.relance.domain.documents.DocumentKind;
import fr.relance.dunning.CaseMeasuresService;
import fr.relance.store.AgencyRepository;
import fr.relance.store.Database;
import fr.relance.store.DocumentRepository;
import fr.relance.store.RatesRepository;
import fr.relance.store.ReceivablesRepository;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code relance dossier}: from the demo data, a case walked to the agency stage (agency chosen, agreement on file,
 * evidence attached) exports a dossier a reader follows from the cover to the last attachment.
 */
class DossierCliTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine commandLine = RelanceCommand.commandLine(() -> { }, Map.of());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void aDemoCaseWalkedToTheAgencyStageExportsADossierToFollowFromCoverToLastAttachment() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path files = Files.createDirectories(dir.resolve("files"));
        assertThat(run("--data-dir", data.toString(), "demo", "--size", "400")).isZero();

        String account;
        try (Database database = Database.open(data)) {
            account = walkToAgency(database, files);
        }
        Path pdf = dir.resolve("dossier.pdf");
        Path zip = dir.resolve("dossier.zip");
        assertThat(run("--data-dir", data.toString(), "dossier", account, "--as-of", TODAY.toString(), "--out",
                pdf.toString())).as(err.toString()).isZero();
        assertThat(run("--data-dir", data.toString(), "dossier", account, "--as-of", TODAY.toString(), "--out",
                zip.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains(pdf.toAbsolutePath().toString(), "SHA-256");

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int total = document.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new java.util.ArrayList<>();
            for (int page = 1; page <= total; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
                assertThat(pages.get(page - 1)).contains("page " + page + " / " + total);
            }
            assertThat(pages.get(0)).contains("Société de recouvrement", "Recouvrements du Rhône", "Solde réclamé",
                    "Société de recouvrement"); // the stage and the agency
            // Every bookmark goes to a page whose text starts what it names, in the index's order.
            int previous = 0;
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                int page = document.getPages().indexOf(((PDPageDestination) item.getDestination()).getPage()) + 1;
                assertThat(page).isGreaterThan(previous);
                if (item.getTitle().equals("Sommaire")) {
                    assertThat(page).isEqualTo(2);
                    assertThat(pages.get(1)).startsWith("Sommaire");
                } else {
                    assertThat(pages.get(1)).containsPattern("(?m)^" + Pattern.quote(item.getTitle()) + " " + page
                            + "$");
                }
                previous = page;
                for (PDOutlineItem child : item.children()) {
                    int childPage = document.getPages()
                            .indexOf(((PDPageDestination) child.getDestination()).getPage()) + 1;
                    assertThat(pages.get(1)).containsPattern("(?m)^" + Pattern.quote(child.getTitle()) + " "
                            + childPage + "$");
                    assertThat(pages.get(childPage - 1)).contains(child.getTitle());
                }
            }
            assertThat(pages.get(total - 1)).contains("Pièce 3");
        }
        assertThat(zip).exists();

        out.getBuffer().setLength(0);
        assertThat(run("--data-dir", data.toString(), "dossier", "411NOBODY", "--out", pdf.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("411NOBODY").doesNotContain("Exception");
        assertThat(run("--data-dir", data.toString(), "dossier", account, "--out",
                dir.resolve("dossier.docx").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("dossier.docx", ".pdf", ".zip");
        assertThat(run("--data-dir", data.toString(), "dossier", account, "--out",
                dir.resolve("missing/dossier.pdf").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("n’existe pas");
    }

    /** The controller's steps: the rate of the half-year, an agency with its agreement, the case at the agency. */
    private static String walkToAgency(Database database, Path files) throws IOException {
        new RatesRepository(database).save(new HalfYearRates(new HalfYear(2026, 2), new BigDecimal("2.15"),
                new BigDecimal("6.65"), new BigDecimal("2.76")));
        OpenItem oldest = new ReceivablesRepository(database).agingAsOf(TODAY).rows().stream()
                .flatMap(row -> new ReceivablesRepository(database).openItemsOf(row.debtorId(), TODAY).stream())
                .filter(item -> item.dueDate().isBefore(TODAY.minusDays(60)) && !item.disputed())
                .min(Comparator.comparing(OpenItem::dueDate)).orElseThrow();
        long debtorId = oldest.debtorId();

        AgencyRepository agencies = new AgencyRepository(database);
        AttachmentService attachments = new AttachmentService(new DocumentRepository(database), agencies, f -> { },
                files.resolve("copies"));
        CollectionAgency agency = agencies.save(new CollectionAgency(null, "Recouvrements du Rhône", "732829320",
                "8 rue de la République", null, "69001", "Lyon", "Marc Viala", "contact@rr-lyon.fr",
                "04 78 00 00 00", new BigDecimal("12"), null, null, TODAY.minusDays(30), null, "RCP 2026-114", null,
                false), TODAY);
        attachments.attachAgreement(agency.id(), TestFiles.pdf(files, "convention.pdf", 2, "Convention"),
                TODAY.minusDays(30), "claire", (d, t) -> { }, () -> false);
        CaseMeasuresService measures = new CaseMeasuresService(database, "claire");
        measures.changeStage(debtorId, CaseStage.AGENCY, "Relances amiables et mise en demeure restées sans effet",
                TODAY);
        // The handover itself is the agencyflow's; here the case only records its agency.
        database.dsl().execute("UPDATE collection_case SET agency_id = ?, handed_over_on = ? "
                + "WHERE open_debtor_id = ?", agency.id(), TODAY, debtorId);
        attachments.attach(debtorId, TestFiles.pdf(files, "cgv.pdf", 2, "CGV"),
                new AttachmentDetails(DocumentKind.CONTRACT_OR_TERMS, TODAY.minusDays(400), null), TODAY, "claire",
                (d, t) -> { }, () -> false);
        attachments.attach(debtorId, TestFiles.jpeg(files, "bon-livraison.jpg", 1200, 1600),
                new AttachmentDetails(DocumentKind.DELIVERY_PROOF, oldest.issueDate(), "Signé par le magasinier"),
                TODAY, "claire", (d, t) -> { }, () -> false);
        attachments.attach(debtorId, TestFiles.eml(files, "reponse.eml"),
                new AttachmentDetails(DocumentKind.CORRESPONDENCE, TODAY.minusDays(7), null), TODAY, "claire",
                (d, t) -> { }, () -> false);
        return database.dsl().fetchValue("SELECT account_code FROM debtor WHERE id = ?", debtorId).toString();
    }
}
