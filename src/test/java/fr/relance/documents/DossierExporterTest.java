package fr.relance.documents;

import static fr.relance.documents.DossierFixture.DURAND;
import static fr.relance.documents.DossierFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.domain.LateCharges;
import fr.relance.domain.LatePenaltyCalculator;
import fr.relance.domain.Money;
import fr.relance.domain.PartPayment;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.documents.DocumentKind;
import fr.relance.domain.dossier.DossierContent;
import fr.relance.store.Database;
import fr.relance.store.RatesRepository;
import fr.relance.text.Formats;
import fr.relance.text.Messages;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agency dossier of a debtor with every kind of attachment, good and bad, read back with PDFBox. */
class DossierExporterTest {

    @TempDir
    Path dir;
    Path files;
    Path out;
    Database database;
    final Messages messages = new Messages(Locale.FRANCE);
    final Formats formats = new Formats(Locale.FRANCE);

    @BeforeEach
    void open() throws Exception {
        files = Files.createDirectories(dir.resolve("files"));
        out = Files.createDirectories(dir.resolve("out"));
        database = DossierFixture.open(Files.createDirectories(dir.resolve("data")));
        DossierFixture.store(database, DURAND, DocumentKind.CONTRACT_OR_TERMS,
                TestFiles.pdf(files, "cgv.pdf", 3, "Conditions generales"), "application/pdf", TODAY.minusDays(400));
        DossierFixture.store(database, DURAND, DocumentKind.DELIVERY_PROOF, TestFiles.png(files, "livraison.png", 800,
                600), "image/png", TODAY.minusDays(85));
        DossierFixture.store(database, DURAND, DocumentKind.CORRESPONDENCE, TestFiles.eml(files, "reponse.eml"),
                "message/rfc822", TODAY.minusDays(7));
        DossierFixture.store(database, DURAND, DocumentKind.PURCHASE_ORDER, TestFiles.docx(files, "commande.docx"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", TODAY.minusDays(95));
        DossierFixture.store(database, DURAND, DocumentKind.INVOICE_COPY, TestFiles.encryptedPdf(files, "FA-1.pdf"),
                "application/pdf", TODAY.minusDays(90));
        DossierFixture.store(database, DURAND, DocumentKind.INVOICE_COPY, TestFiles.corruptPdf(files, "FA-3.pdf"),
                "application/pdf", TODAY.minusDays(50));
        DossierFixture.store(database, DURAND, DocumentKind.OTHER, "vide.pdf", "application/pdf", new byte[0], null);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private DossierExporter exporter() {
        return new DossierExporter(database, () -> TODAY, Locale.FRANCE);
    }

    private ExportedDossier export(DossierFormat format, Path target) {
        return exporter().export(DURAND, format, target, DossierExporter.Progress.NONE, () -> false);
    }

    @Test
    void theIndexBookmarksAndPageNumbersPointAtTheRealPages() throws Exception {
        Path target = out.resolve("dossier.pdf");
        ExportedDossier exported = export(DossierFormat.PDF, target);

        byte[] pdf = Files.readAllBytes(target);
        List<String> pages = Pdfs.pageTexts(pdf);
        assertThat(exported.pages()).isEqualTo(pages.size());
        // cover, index, checklist, chronology, statement, 3 pages of terms, image, e-mail, then four missing pages
        assertThat(pages).hasSize(5 + 3 + 1 + 1 + 4);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).as("page %d", i + 1).contains("page " + (i + 1) + " / " + pages.size());
        }

        Map<String, Integer> expectedStarts = new LinkedHashMap<>();
        expectedStarts.put("Page de garde", 1);
        expectedStarts.put("Sommaire", 2);
        expectedStarts.put("Liste des pièces", 3);
        expectedStarts.put("Chronologie des démarches", 4);
        expectedStarts.put("Relevé de compte", 5);
        expectedStarts.put("Pièce 1 : cgv.pdf", 6);
        expectedStarts.put("Pièce 2 : commande.docx", 9);
        expectedStarts.put("Pièce 3 : livraison.png", 10);
        expectedStarts.put("Pièce 4 : FA-1.pdf", 11);
        expectedStarts.put("Pièce 5 : FA-3.pdf", 12);
        expectedStarts.put("Pièce 6 : reponse.eml", 13);
        expectedStarts.put("Pièce 7 : vide.pdf", 14);

        // The index states each start page, and the page there is what it says.
        String index = pages.get(1);
        assertThat(index).startsWith("Sommaire");
        for (Map.Entry<String, Integer> start : expectedStarts.entrySet()) {
            if (!start.getKey().equals("Sommaire")) {
                assertThat(index).containsPattern("(?m)^" + java.util.regex.Pattern.quote(start.getKey())
                        + "( \\(non reproduite\\))? " + start.getValue() + "$");
            }
        }
        assertThat(index).containsPattern("(?m)^Pièces justificatives 6$")
                .containsPattern("(?m)^Pièce 4 : FA-1.pdf \\(non reproduite\\) 11$");
        assertThat(pages.get(0)).contains("Dossier de recouvrement : Durand SARL");
        assertThat(pages.get(2)).contains("Liste des pièces");
        assertThat(pages.get(3)).contains("Chronologie des démarches");
        assertThat(pages.get(4)).contains("Relevé de compte");
        assertThat(pages.get(5)).contains("Conditions generales - page 1");
        assertThat(pages.get(7)).contains("Conditions generales - page 3");
        assertThat(pages.get(8)).contains("Pièce 2 : commande.docx", "l’original est joint à l’export ZIP");
        assertThat(pages.get(9)).contains("Pièce 3 : livraison.png", "Preuve de livraison");
        assertThat(pages.get(10)).contains("Pièce 4 : FA-1.pdf", "protégé par un mot de passe");
        assertThat(pages.get(11)).contains("Pièce 5 : FA-3.pdf", "endommagé");
        assertThat(pages.get(12)).contains("Pièce 6 : reponse.eml", "Hélène Durand", "Réf. FA-1 : règlement",
                "nous réglerons la facture FA-1 le 30 novembre", "bon-de-commande.pdf");
        assertThat(pages.get(13)).contains("Pièce 7 : vide.pdf", "vide (0 octet)");

        // Bookmarks: one per section, the attachments under their own heading, each on its start page.
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Map<String, Integer> bookmarks = new LinkedHashMap<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.put(item.getTitle(), pageOf(document, item));
                for (PDOutlineItem child : item.children()) {
                    bookmarks.put(child.getTitle(), pageOf(document, child));
                }
            }
            Map<String, Integer> expected = new LinkedHashMap<>(expectedStarts);
            expected.put("Pièces justificatives", 6);
            assertThat(bookmarks).containsExactlyInAnyOrderEntriesOf(expected);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Dossier de recouvrement : Durand SARL");
        }

        assertThat(exported.missingFiles()).extracting(ExportedDossier.MissingFile::fileName)
                .containsExactly("commande.docx", "FA-1.pdf", "FA-3.pdf", "vide.pdf");
        assertThat(exported.sha256()).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(pdf)));
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).containsExactly(target);
        }
    }

    @Test
    void theCoverStatesTheClaimSplitAsTheDomainComputesIt() throws Exception {
        Path target = out.resolve("dossier.pdf");
        export(DossierFormat.PDF, target);
        String cover = Pdfs.pageTexts(Files.readAllBytes(target)).get(0);

        LatePenaltyCalculator calculator = new LatePenaltyCalculator(new RatesRepository(database).table());
        LateCharges fa1 = calculator.charges(DebtorKind.B2B, Money.of("1200.00"), TODAY.minusDays(60), List.of(),
                TODAY, null);
        LateCharges fa3 = calculator.charges(DebtorKind.B2B, Money.of("500.00"), TODAY.minusDays(20),
                List.of(new PartPayment(TODAY.minusDays(10), Money.of("200.00"))), TODAY, null);
        BigDecimal penalties = fa1.penalties().add(fa3.penalties());
        assertThat(penalties.signum()).isPositive();
        BigDecimal balance = Money.of("1400.00").add(penalties).add(Money.of("80.00"));

        assertThat(cover).contains("732829320", "4 rue Garibaldi", "69006 LYON", "Ateliers du Rhône", "552100554",
                "Hélène Durand");
        assertThat(cover).contains(line("Principal : 2 facture(s) échue(s), montant TTC", "1700.00"));
        assertThat(cover).contains(line("Déjà réglé (paiements et avoirs)", "-300.00"));
        assertThat(cover).contains(line("Principal restant dû", "1400.00"));
        assertThat(cover).contains(line("Pénalités de retard", penalties.toPlainString()));
        assertThat(cover).contains(line("Indemnités forfaitaires de recouvrement (2 × 40 €)", "80.00"));
        assertThat(cover).contains(line("Solde réclamé", balance.toPlainString()));
        assertThat(cover).contains("Aucune société de recouvrement");
    }

    private String line(String label, String amount) {
        return label + " " + formats.money(new BigDecimal(amount)).replace('\u202F', '\u00A0');
    }

    @Test
    void theZipHoldsThePdfTheOriginalsUnderUniqueNamesAndTheClaimCsv() throws Exception {
        // A second file named as the first must not overwrite it in the ZIP.
        Path second = Files.createDirectories(files.resolve("autre"));
        DossierFixture.store(database, DURAND, DocumentKind.OTHER, TestFiles.pdf(second, "cgv.pdf", 1, "Autre"),
                "application/pdf", TODAY.minusDays(3));
        Path target = out.resolve("dossier.zip");
        ExportedDossier exported = export(DossierFormat.ZIP, target);

        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(target))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        assertThat(entries.keySet()).containsExactly("dossier-411DURAND.pdf", "claim.csv", "pieces/cgv.pdf",
                "pieces/commande.docx", "pieces/livraison.png", "pieces/FA-1.pdf", "pieces/FA-3.pdf",
                "pieces/reponse.eml", "pieces/cgv (2).pdf", "pieces/vide.pdf");
        assertThat(entries.get("pieces/cgv.pdf")).isEqualTo(Files.readAllBytes(files.resolve("cgv.pdf")));
        assertThat(entries.get("pieces/cgv (2).pdf")).isEqualTo(Files.readAllBytes(second.resolve("cgv.pdf")));
        assertThat(entries.get("pieces/vide.pdf")).isEmpty();
        assertThat(Pdfs.pageCount(entries.get("dossier-411DURAND.pdf"))).isEqualTo(exported.pages());

        String csv = new String(entries.get("claim.csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        List<String> lines = csv.substring(1).lines().toList();
        assertThat(lines.get(0)).isEqualTo("Numéro;Date;Échéance;Montant TTC;Réglé;Solde;Pénalités;Indemnité");
        DossierContent content = new DossierSources(database).content(DURAND, TODAY, messages);
        assertThat(lines).hasSize(1 + 2);
        var fa1 = content.claim().lines().get(0);
        var fa3 = content.claim().lines().get(1);
        assertThat(lines.get(1)).isEqualTo("FA-1;" + formats.date(TODAY.minusDays(90)) + ";"
                + formats.date(TODAY.minusDays(60)) + ";1200,00;0,00;1200,00;" + ClaimCsv.amount(fa1.penalties())
                + ";40,00");
        assertThat(lines.get(2)).isEqualTo("FA-3;" + formats.date(TODAY.minusDays(50)) + ";"
                + formats.date(TODAY.minusDays(20)) + ";500,00;200,00;300,00;" + ClaimCsv.amount(fa3.penalties())
                + ";40,00");
    }

    @Test
    void aFullDiskLeavesNoFileAndSaysSo() throws Exception {
        Path target = out.resolve("dossier.pdf");
        DossierExporter failing = new DossierExporter(database, () -> TODAY, Locale.FRANCE,
                stream -> new FilterOutputStream(stream) {
                    long written;

                    @Override
                    public void write(int b) throws IOException {
                        write(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        written += len;
                        if (written > 20_000) {
                            throw new IOException("No space left on device");
                        }
                        out.write(b, off, len);
                    }
                });
        for (DossierFormat format : DossierFormat.values()) {
            Path file = out.resolve("dossier." + format.extension());
            assertThatThrownBy(() -> failing.export(DURAND, format, file, DossierExporter.Progress.NONE, () -> false))
                    .isInstanceOfSatisfying(DossierExportException.class, e -> {
                        assertThat(e.reason()).isEqualTo(DossierExportException.Reason.DISK_FULL);
                        assertThat(messages.get(e.messageKey(), file.getFileName())).startsWith("Le disque est plein");
                    });
        }
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).isEmpty();
        }
        // A dossier already there stays as it was.
        Files.writeString(target, "previous");
        assertThatThrownBy(() -> failing.export(DURAND, DossierFormat.PDF, target, DossierExporter.Progress.NONE,
                () -> false)).isInstanceOf(DossierExportException.class);
        assertThat(Files.readString(target)).isEqualTo("previous");
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).containsExactly(target);
        }
    }

    @Test
    void aCancelledExportLeavesNoFile() throws Exception {
        List<Integer> steps = new ArrayList<>();
        Path target = out.resolve("dossier.zip");
        assertThatThrownBy(() -> exporter().export(DURAND, DossierFormat.ZIP, target,
                (done, total) -> steps.add(done), () -> steps.size() >= 4))
                .isInstanceOf(CancellationException.class);
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aBadTargetIsRefusedBeforeAnythingIsRead() {
        assertThatThrownBy(() -> export(DossierFormat.PDF, out.resolve("dossier.docx")))
                .isInstanceOfSatisfying(DossierExportException.class,
                        e -> assertThat(e.reason()).isEqualTo(DossierExportException.Reason.BAD_EXTENSION));
        assertThatThrownBy(() -> export(DossierFormat.PDF, out.resolve("nowhere/dossier.pdf")))
                .isInstanceOfSatisfying(DossierExportException.class,
                        e -> assertThat(e.reason()).isEqualTo(DossierExportException.Reason.NO_FOLDER));
        assertThat(DossierFormat.ofFile(Path.of("A.ZIP"))).contains(DossierFormat.ZIP);
    }

    @Test
    void everyWordingKeyBuiltFromAnEnumExistsInBothLanguages() {
        for (Locale locale : List.of(Locale.FRANCE, Locale.UK)) {
            Messages bundle = new Messages(locale);
            for (var reason : DossierExportException.Reason.values()) {
                assertThat(bundle.has(reason.messageKey())).as(reason.messageKey()).isTrue();
            }
            for (var missing : DossierAttachmentPages.Missing.values()) {
                assertThat(bundle.has(missing.key())).as(missing.key()).isTrue();
            }
            for (var status : DossierContent.ChecklistStatus.values()) {
                assertThat(bundle.has("dossier.check.status." + status.name())).isTrue();
            }
            for (var movement : DossierContent.Movement.values()) {
                assertThat(bundle.has("dossier.pdf.statement." + movement.name())).isTrue();
            }
        }
    }

    private static int pageOf(PDDocument document, PDOutlineItem item) throws IOException {
        PDPageDestination destination = (PDPageDestination) item.getDestination();
        return document.getPages().indexOf(destination.getPage()) + 1;
    }

    @SuppressWarnings("unused")
    private static byte[] bytes(OutputStream stream) {
        return ((ByteArrayOutputStream) stream).toByteArray();
    }
}
