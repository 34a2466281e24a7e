package fr.relance.documents;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.agency.AgencyFlowService;
import fr.relance.agency.DossierChecklistService;
import fr.relance.app.AgencyDossierExport;
import fr.relance.demo.DemoDataService;
import fr.relance.demo.DemoProgress;
import fr.relance.demo.DemoSize;
import fr.relance.domain.AgingRow;
import fr.relance.domain.CaseEvent;
import fr.relance.domain.CaseStage;
import fr.relance.domain.Debtor;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.HalfYear;
import fr.relance.domain.HalfYearRates;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.OpenItem;
import fr.relance.domain.Siren;
import fr.relance.domain.agency.AgencyHandover;
import fr.relance.domain.agency.CollectionAgency;
import fr.relance.domain.documents.AttachmentDetails;
import fr.relance.domain.documents.DocumentKind;
import fr.relance.domain.dossier.ChecklistItem;
import fr.relance.domain.dossier.DossierChecklist;
import fr.relance.domain.dossier.DossierItemCode;
import fr.relance.domain.dossier.DossierItemDefinition;
import fr.relance.domain.dossier.TickSource;
import fr.relance.domain.letters.LetterChannel;
import fr.relance.domain.letters.LetterKind;
import fr.relance.mail.RegisteredMailService;
import fr.relance.store.AgencyRepository;
import fr.relance.store.Database;
import fr.relance.store.DebtorRepository;
import fr.relance.store.DocumentRepository;
import fr.relance.store.LedgerWriter;
import fr.relance.store.RatesRepository;
import fr.relance.store.ReceivablesRepository;
import fr.relance.store.RegisteredMailRepository;
import fr.relance.store.TimelineRepository;
import fr.relance.text.Formats;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6's "done when", end to end: from the demo data, a business debtor is walked to the agency stage (a
 * reminder, the formal notice by registered letter and its delivery, files attached, the remaining items ticked by
 * hand, a custom item configured in Paramètres › Dossier) and handed over with the real dossier; the dossier is then
 * read with PDFBox as an agency would, from the cover page to the last attachment.
 */
class AgencyDossierWalkTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    Database database;
    final Formats formats = new Formats(Locale.FRANCE);

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aDemoCaseHandedOverToAnAgencyCarriesADossierAReaderCanFollow() throws Exception {
        database = Database.open(Files.createDirectories(dir.resolve("data")));
        new DemoDataService(new LedgerWriter(database)).load(new DemoSize(60, 900), TODAY, DemoProgress.NONE,
                () -> false);
        // The claim split computes penalties: the controller has entered the rates of the half-year.
        new RatesRepository(database).save(new HalfYearRates(new HalfYear(2026, 2), new BigDecimal("2.15"),
                new BigDecimal("6.65"), new BigDecimal("2.76")));
        ReceivablesRepository receivables = new ReceivablesRepository(database);
        Debtor debtor = chooseDebtor(receivables);
        long id = debtor.id();
        List<OpenItem> open = receivables.openItemsOf(id, TODAY);
        BigDecimal ledgerBalance = open.stream().map(OpenItem::balance).reduce(BigDecimal.ZERO, BigDecimal::add);

        // The collection efforts: a first reminder by post, then the formal notice by registered letter, delivered.
        LetterArchive archive = new LetterArchive(database);
        LetterComposer composer = new LetterComposer(database);
        archive.issue(composer.compose(LetterComposer.Request.of(id, TODAY.minusDays(30), LetterKind.FIRST_REMINDER)),
                LetterChannel.POST, TODAY.minusDays(30), "claire");
        long notice = archive.issue(composer.compose(LetterComposer.Request.of(id, TODAY.minusDays(20),
                LetterKind.FORMAL_NOTICE)), LetterChannel.REGISTERED, TODAY.minusDays(20), "claire").id();
        AttachmentService attachments = new AttachmentService(new DocumentRepository(database),
                new AgencyRepository(database), file -> { }, dir.resolve("copies"));
        RegisteredMailService registered = new RegisteredMailService(new RegisteredMailRepository(database),
                attachments, "claire");
        registered.recordPosting(notice, "1A 123 456 7890 1", TODAY.minusDays(19), TODAY);
        registered.recordDelivery(notice, TODAY.minusDays(17), TODAY.minusDays(18), TODAY);

        // The evidence: the terms of sale (3 pages), the delivery note (a photo), the debtor's e-mail, and a scan
        // damaged on the disk since it was attached.
        Path files = Files.createDirectories(dir.resolve("files"));
        attachments.attach(id, TestFiles.pdf(files, "cgv.pdf", 3, "Conditions generales"),
                new AttachmentDetails(DocumentKind.CONTRACT_OR_TERMS, TODAY.minusDays(400), "Clause 9 : pénalités"),
                TODAY, "claire", (done, total) -> { }, () -> false);
        attachments.attach(id, TestFiles.png(files, "livraison.png", 800, 600),
                new AttachmentDetails(DocumentKind.DELIVERY_PROOF, TODAY.minusDays(85), null), TODAY, "claire",
                (done, total) -> { }, () -> false);
        attachments.attach(id, TestFiles.eml(files, "reponse.eml"),
                new AttachmentDetails(DocumentKind.CORRESPONDENCE, TODAY.minusDays(7), null), TODAY, "claire",
                (done, total) -> { }, () -> false);
        DossierFixture.store(database, id, DocumentKind.OTHER, TestFiles.corruptPdf(files, "abime.pdf"),
                "application/pdf", TODAY.minusDays(5));

        // Paramètres › Dossier: a custom required item; then what the data cannot show is ticked by hand.
        DossierChecklistService checklists = new DossierChecklistService(database, "claire");
        List<DossierItemDefinition> items = new ArrayList<>(checklists.items());
        items.add(new DossierItemDefinition(null, null, "Extrait Kbis du débiteur", true, true, items.size() + 1));
        checklists.save(items);
        DossierChecklist before = checklists.checklist(id, TODAY);
        for (ChecklistItem item : before.items()) {
            if (!item.present() && item.manualTickAllowed()) {
                checklists.tick(id, item.item().id(), true, item.item().custom() ? "Kbis du 2 novembre 2026 au dossier"
                        : "Copies des factures remises à l’agence", TODAY);
            }
        }
        DossierChecklist ready = checklists.checklist(id, TODAY);
        assertThat(ready.missingRequired()).isEmpty();
        // The letters sent from Courriers and the registered letter's delivery tick their items by themselves.
        assertThat(ready.items()).filteredOn(i -> i.item().code() == DossierItemCode.REMINDERS_SENT
                        || i.item().code() == DossierItemCode.FORMAL_NOTICE_WITH_PROOF)
                .hasSize(2).allSatisfy(i -> assertThat(i.how()).isEqualTo(TickSource.AUTOMATIC));
        assertThat(ready.items()).filteredOn(i -> i.how() == TickSource.MANUAL).extracting(i -> i.item().code())
                .containsExactlyInAnyOrder(DossierItemCode.INVOICE_COPIES, null);

        // The handover, through the service and the real exporter.
        CollectionAgency agency = new AgencyRepository(database).save(new CollectionAgency(null, "Recouvra Lyon",
                null, "10 rue de la Barre", null, "69002", "Lyon", "Marc Girard", "contact@recouvra.fr",
                "04 78 00 00 00", new BigDecimal("12"), null, null, null, null, null, null, false), TODAY);
        Path target = dir.resolve("dossier.zip");
        AgencyHandover handover = new AgencyFlowService(database, "claire",
                new AgencyDossierExport(database, Locale.FRANCE)).handOver(id, agency.id(), null, target, TODAY);

        byte[] zip = Files.readAllBytes(target);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(zip));
        assertThat(handover.dossierSha256()).isEqualTo(sha);
        assertThat(handover.balance()).isEqualByComparingTo(ledgerBalance);
        assertThat(new TimelineRepository(database).ofDebtor(id, Set.of(CaseEvent.AGENCY_HANDOVER)))
                .singleElement().satisfies(e -> assertThat(e.summary()).contains(sha.substring(0, 16)));
        Map<String, byte[]> entries = unzip(zip);
        assertThat(entries.keySet()).contains("claim.csv").anyMatch(n -> n.endsWith("cgv.pdf"))
                .anyMatch(n -> n.endsWith("abime.pdf"));
        byte[] pdf = entries.entrySet().stream().filter(e -> e.getKey().endsWith(".pdf") && !e.getKey().contains("/"))
                .map(Map.Entry::getValue).findFirst().orElseThrow();

        List<String> pages = Pdfs.pageTexts(pdf);
        int total = pages.size();
        for (int i = 0; i < total; i++) {
            assertThat(pages.get(i)).as("page %d", i + 1).contains("page " + (i + 1) + " / " + total);
        }

        // The cover: creditor, debtor with its SIREN and address, the agency, the R124-4 split.
        String cover = pages.get(0);
        assertThat(cover).contains("Dossier de recouvrement : " + debtor.name(), debtor.siren(),
                debtor.address().lines().get(0), "Recouvra Lyon", "Marc Girard");
        assertThat(cover).contains(amountLine("Principal restant dû", ledgerBalance));
        BigDecimal penalties = amountAfter(cover, "Pénalités de retard");
        BigDecimal indemnities = amountAfter(cover, "Indemnités forfaitaires de recouvrement");
        assertThat(cover).contains(amountLine("Solde réclamé", ledgerBalance.add(penalties).add(indemnities)));

        // The bookmarks, the index and the pages agree.
        Map<String, Integer> bookmarks = new LinkedHashMap<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.put(item.getTitle(), pageOf(document, item));
                for (PDOutlineItem child : item.children()) {
                    bookmarks.put(child.getTitle(), pageOf(document, child));
                }
            }
        }
        assertThat(bookmarks.keySet()).containsSubsequence("Page de garde", "Sommaire", "Liste des pièces",
                "Chronologie des démarches", "Relevé de compte", "Pièces justificatives");
        List<String> attachmentTitles = bookmarks.keySet().stream().filter(t -> t.startsWith("Pièce ")).toList();
        assertThat(attachmentTitles).hasSize(4 + 2) // the 4 files, the reminder and the formal notice as sent
                .anyMatch(t -> t.endsWith(": cgv.pdf")).anyMatch(t -> t.endsWith(": abime.pdf"));
        String index = pages.get(1);
        assertThat(bookmarks.get("Page de garde")).isEqualTo(1);
        assertThat(bookmarks.get("Sommaire")).isEqualTo(2);
        int previous = 0;
        for (Map.Entry<String, Integer> bookmark : bookmarks.entrySet()) {
            String title = bookmark.getKey();
            int page = bookmark.getValue();
            assertThat(page).as(title).isBetween(1, total).isGreaterThanOrEqualTo(previous);
            previous = page;
            if (!title.equals("Sommaire") && !title.equals("Page de garde")) {
                assertThat(index).as("index line of " + title).containsPattern("(?m)^" + Pattern.quote(title)
                        + "( \\(non reproduite\\))? " + page + "$");
            }
            // The page footer names the section it belongs to, from its first page on.
            assertThat(pages.get(page - 1)).as("page %d for %s", page, title)
                    .contains(debtor.name() + " · " + (title.equals("Pièces justificatives")
                            ? attachmentTitles.get(0) : title));
            if (page > 1 && title.startsWith("Pièce ")) {
                assertThat(pages.get(page - 2)).as("page before %s", title).doesNotContain(" · " + title + " ");
            }
        }
        String corrupt = pages.get(bookmarks.get(attachmentTitles.stream().filter(t -> t.endsWith(": abime.pdf"))
                .findFirst().orElseThrow()) - 1);
        assertThat(corrupt).contains("endommagé");
        String terms = attachmentTitles.stream().filter(t -> t.endsWith(": cgv.pdf")).findFirst().orElseThrow();
        assertThat(pages.get(bookmarks.get(terms) - 1)).contains("Conditions generales - page 1");
        assertThat(pages.get(bookmarks.get(terms) + 1)).contains("Conditions generales - page 3");

        // The checklist printed is the configured one: the custom item and the ticks by hand with who and when.
        String checklist = String.join("\n", pages.subList(bookmarks.get("Liste des pièces") - 1,
                bookmarks.get("Chronologie des démarches") - 1)).replaceAll("\\s+", " ");
        assertThat(checklist).contains("Extrait Kbis du débiteur", "Kbis du 2 novembre 2026 au dossier",
                "Cochée à la main par claire le " + formats.date(TODAY), "Relances envoyées",
                "Mise en demeure et preuve de la lettre", "Copies des factures remises à l’agence");
        assertThat(checklist).doesNotContain("Manquante");
        // The statement of account closes on the ledger's balance.
        String statement = pages.get(bookmarks.get("Pièces justificatives") - 2);
        assertThat(statement).contains(formats.money(ledgerBalance).replace('\u202F', '\u00A0'));
    }

    /** A business debtor with a valid SIREN whose open invoices are all overdue, none disputed, no case at law. */
    private Debtor chooseDebtor(ReceivablesRepository receivables) {
        DebtorRepository debtors = new DebtorRepository(database);
        for (AgingRow row : receivables.agingAsOf(TODAY).rows()) {
            Debtor debtor = debtors.find(row.debtorId()).orElseThrow();
            if (debtor.kind() != DebtorKind.B2B || debtor.siren() == null || !Siren.isValidSiren(debtor.siren())
                    || row.disputed() || row.openCaseStage() != null || row.openInvoiceCount() < 2
                    || row.openInvoiceCount() > 6) {
                continue;
            }
            List<OpenItem> open = receivables.openItemsOf(debtor.id(), TODAY);
            if (open.stream().allMatch(i -> i.kind() == InvoiceKind.INVOICE && !i.disputed()
                    && i.dueDate().isBefore(TODAY.minusDays(30)) && i.balance().signum() > 0)) {
                return debtor;
            }
        }
        throw new AssertionError("The demo ledger has no business debtor with only overdue invoices");
    }

    private String amountLine(String label, BigDecimal amount) {
        return label + " " + formats.money(amount).replace('\u202F', '\u00A0');
    }

    /** The amount printed at the end of the cover line starting with {@code label}. */
    private static BigDecimal amountAfter(String page, String label) {
        var matcher = Pattern.compile("(?m)^" + Pattern.quote(label)
                + "[^\\n]*?\\s(-?\\d[\\d\\u00A0\\u202F ]*,\\d{2})[\\u00A0\\u202F ]€\\s*$").matcher(page);
        assertThat(matcher.find()).as(label + " in\n" + page).isTrue();
        return new BigDecimal(matcher.group(1).replaceAll("[\\u00A0\\u202F ]", "").replace(',', '.'));
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), readAll(in));
            }
        }
        return entries;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }

    private static int pageOf(PDDocument document, PDOutlineItem item) throws IOException {
        PDPageDestination destination = (PDPageDestination) item.getDestination();
        return document.getPages().indexOf(destination.getPage()) + 1;
    }
}
