package fr.relance.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.domain.letters.LetterContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterPdfRendererTest {

    /** French amounts: narrow no-break space between thousands, no-break space before the euro sign. */
    static final String NNBSP = "\u202F";
    static final String NBSP = "\u00A0";

    final LetterPdfRenderer renderer = new LetterPdfRenderer();

    @Test
    void formalNoticeOfTheWorkedExamplePrintsEveryAmountToTheCent() {
        byte[] pdf = renderer.render(SampleLetters.formalNotice());
        List<String> pages = Pdfs.pageTexts(pdf);
        String text = String.join("\n", pages);

        assertThat(text).contains("Lettre recommandée", "avec accusé de réception",
                "Lyon, le 14 août 2025",
                "Objet" + NBSP + ": Mise en demeure de payer", "Réf." + NBSP + ": DOS-2025-0042",
                "SARL Boulangerie Dupré & Fils", "14 avenue Jean-Jaurès", "69007 LYON");
        // Invoice table: number, date, due date, amount, paid, balance.
        assertThat(text).contains("FA-2025-0117 13/02/2025 15/03/2025 10" + NNBSP + "000,00" + NBSP + "€ 0,00"
                + NBSP + "€ 10" + NNBSP + "000,00" + NBSP + "€");
        // Penalty slices (period, days, rate, base, amount) of the domain reference: 385.49 + 149.79 = 535.28.
        assertThat(text).contains("FA-2025-0117 du 16/03/2025 au 30/06/2025 107 13,15" + NBSP + "% 10" + NNBSP
                + "000,00" + NBSP + "€ 385,49" + NBSP + "€");
        assertThat(text).contains("FA-2025-0117 du 01/07/2025 au 14/08/2025 45 12,15" + NBSP + "% 10" + NNBSP
                + "000,00" + NBSP + "€ 149,79" + NBSP + "€");
        assertThat(text).contains("Total des pénalités de retard (art. L441-10 du Code de commerce) 535,28" + NBSP
                + "€");
        assertThat(text).contains("(art. D441-5 du Code de commerce)" + NBSP + ": 1" + NBSP + "×" + NBSP + "40,00"
                + NBSP + "€ 40,00" + NBSP + "€");
        assertThat(text).contains("Principal restant dû 10" + NNBSP + "000,00" + NBSP + "€");
        assertThat(text).contains("Total réclamé 10" + NNBSP + "575,28" + NBSP + "€");
        assertThat(text).contains("À régler au plus tard le 29/08/2025");
        // Payment instructions and signature.
        assertThat(text).contains("IBAN FR76 3000 6000 0112 3456 7890 189", "BIC AGRIFRPP",
                "Référence à rappeler DOS-2025-0042", "Montant à régler 10" + NNBSP + "575,28" + NBSP + "€",
                "Pour ACME Industrie,", "Responsable du recouvrement", "Claire Martin");
        // Legal identity on every page, legal mentions on the last, page numbers.
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("ACME Industrie, SAS au capital de 50" + NNBSP + "000" + NBSP
                    + "€ – RCS Lyon 732" + NBSP + "829" + NBSP + "320 – TVA intracommunautaire FR44732829320");
            assertThat(pages.get(i)).contains("Page " + (i + 1) + "/" + pages.size());
        }
        assertThat(pages.get(pages.size() - 1)).contains("Pas d’escompte pour paiement anticipé.");
        // The closing formula is kept with the signature.
        assertThat(pages.get(pages.size() - 1)).contains("Veuillez agréer, Madame, Monsieur", "Claire Martin");
    }

    @Test
    void fontsAreEmbeddedSubsetsAndTheTextIsExtractable() throws IOException {
        byte[] pdf = renderer.render(SampleLetters.formalNotice());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage first = document.getPage(0);
            assertThat(first.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(first.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            List<String> names = new ArrayList<>();
            for (COSName name : first.getResources().getFontNames()) {
                PDFont font = first.getResources().getFont(name);
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                names.add(font.getName());
            }
            assertThat(names).allMatch(name -> name.matches("[A-Z]{6}\\+LiberationSans(-Bold)?"));
            assertThat(names).hasSize(2);
        }
        assertThat(Pdfs.text(pdf)).contains("Conformément à l’article L441-10", "majoré", "À défaut");
    }

    @Test
    void theAddressBlockLiesInsideTheDlWindow() {
        byte[] pdf = renderer.render(SampleLetters.formalNotice());
        List<Pdfs.Line> address = addressLines(pdf, SampleLetters.RECIPIENT);

        assertThat(address).hasSize(4);
        EnvelopeLayout window = EnvelopeLayout.DL;
        for (Pdfs.Line line : address) {
            assertInside(line, window);
        }
        // Left edge 110 mm, first line about 50 mm from the top, lines in order.
        assertThat(address.get(0).left()).isCloseTo(110.0, org.assertj.core.data.Offset.offset(0.5));
        assertThat(address.get(0).top()).isCloseTo(50.0, org.assertj.core.data.Offset.offset(0.5));
        for (int i = 1; i < address.size(); i++) {
            assertThat(address.get(i).top()).isGreaterThan(address.get(i - 1).top());
        }
    }

    @Test
    void theAddressFollowsTheEnvelopeSettings() {
        EnvelopeLayout shifted = new EnvelopeLayout(90, 40, 110, 50);
        byte[] pdf = new LetterPdfRenderer(shifted).render(SampleLetters.formalNotice());
        List<Pdfs.Line> address = addressLines(pdf, SampleLetters.RECIPIENT);
        assertThat(address.get(0).left()).isCloseTo(100.0, org.assertj.core.data.Offset.offset(0.5));
        assertThat(address.get(0).top()).isCloseTo(45.0, org.assertj.core.data.Offset.offset(0.5));
        address.forEach(line -> assertInside(line, shifted));
    }

    @Test
    void a120CharacterNameWrapsWithin85MillimetresInsideTheWindow() {
        String name = "Société Coopérative Agricole et Viticole des Producteurs Réunis des Coteaux du Lyonnais "
                + "et du Beaujolais Sud SCA (Rhône)";
        assertThat(name).hasSize(120);
        List<String> recipient = List.of(name, "Service comptabilité", "14 avenue Jean-Jaurès", "BP 42",
                "69007 LYON");
        LetterContent letter = SampleLetters.withRecipient(SampleLetters.formalNotice(), recipient);

        List<LetterProblem> problems = renderer.check(letter);
        assertThat(problems).extracting(LetterProblem::code).contains(LetterProblem.Code.ADDRESS_NAME_WRAPPED);
        assertThat(problems).noneMatch(LetterProblem::blocking);

        byte[] pdf = renderer.render(letter);
        List<Pdfs.Line> page = Pdfs.lines(pdf, 1);
        List<Pdfs.Line> nameLines = page.stream()
                .filter(line -> line.left() > 105 && line.top() > 40 && line.top() < 70
                        && name.contains(line.text().strip()))
                .toList();
        assertThat(nameLines).hasSizeBetween(2, 3);
        assertThat(String.join(" ", nameLines.stream().map(line -> line.text().strip()).toList())).isEqualTo(name);
        for (Pdfs.Line line : nameLines) {
            assertThat(line.right() - line.left()).isLessThanOrEqualTo(85.0);
            assertInside(line, EnvelopeLayout.DL);
        }
        addressLines(pdf, recipient.subList(1, recipient.size())).forEach(line -> assertInside(line, EnvelopeLayout.DL));
    }

    @Test
    void twoHundredInvoicesRunOverSeveralPagesWithTheHeaderRepeated() {
        byte[] pdf = renderer.render(SampleLetters.reminder(200));
        List<String> pages = Pdfs.pageTexts(pdf);
        assertThat(pages.size()).isGreaterThanOrEqualTo(4);

        Pattern invoice = Pattern.compile("FA-2026-(\\d{4}) \\d{2}/\\d{2}/\\d{4} \\d{2}/\\d{2}/\\d{4}");
        List<Integer> seen = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i);
            Matcher rows = invoice.matcher(page);
            boolean hasRows = false;
            while (rows.find()) {
                seen.add(Integer.parseInt(rows.group(1)));
                hasRows = true;
            }
            if (hasRows) {
                assertThat(page).as("page %d", i + 1)
                        .contains("N° de facture Date Échéance Montant TTC Déjà réglé Reste dû");
            }
            if (hasRows && i > 0) {
                assertThat(page).as("page %d", i + 1).contains("Factures concernées (suite)",
                        "SARL Boulangerie Dupré & Fils – Réf." + NBSP + ": DOS-2026-0200 – 23/11/2026");
            }
            assertThat(page).contains("Page " + (i + 1) + "/" + pages.size());
        }
        // Every invoice exactly once, in order; the totals after the last.
        assertThat(seen).hasSize(200);
        for (int i = 0; i < 200; i++) {
            assertThat(seen.get(i)).isEqualTo(i + 1);
        }
        String total = String.join("\n", pages);
        assertThat(total).contains("Total (200 factures)");
        assertThat(total.indexOf("Total (200 factures)")).isGreaterThan(total.indexOf("FA-2026-0200"));
    }

    @Test
    void aPaymentPlanPrintsItsInstalments() {
        String text = Pdfs.text(renderer.render(SampleLetters.planAgreement()));
        assertThat(text).contains("1 31/01/2026 1" + NNBSP + "500,00" + NBSP + "€",
                "3 31/03/2026 1" + NNBSP + "234,56" + NBSP + "€",
                "Total de l’échéancier 4" + NNBSP + "234,56" + NBSP + "€", "Lyon, le 12 janvier 2026");
        assertThat(text).doesNotContain("Lettre recommandée", "Montant à régler");
    }

    @Test
    void anEnglishLetterUsesEnglishWordsAndFormats() {
        byte[] pdf = renderer.render(SampleLetters.withLanguage(SampleLetters.formalNotice(), Locale.UK));
        String text = Pdfs.text(pdf);
        assertThat(text).contains("Registered letter", "with acknowledgement of receipt", "Lyon, 14 August 2025",
                "Subject: Mise en demeure de payer", "Total claimed €10,575.28", "Page 1 of 2",
                "ACME Industrie, SAS with a share capital of €50,000");
    }

    @Test
    void theFirstOfTheMonthIsWrittenPremier() {
        LetterContent notice = SampleLetters.formalNotice();
        LetterContent first = new LetterContent(notice.kind(), notice.language(), notice.sender(),
                notice.recipient(), notice.place(), java.time.LocalDate.of(2025, 8, 1), notice.subject(),
                notice.reference(), notice.registered(), notice.body(), notice.invoices(), notice.penalties(),
                notice.instalments(), notice.paymentDeadline(), notice.legalMentions());
        assertThat(Pdfs.text(renderer.render(first))).contains("Lyon, le 1er août 2025");
    }

    @Test
    void reprintingGivesTheIdenticalFile() {
        byte[] first = renderer.render(SampleLetters.formalNotice());
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            Locale.setDefault(Locale.US);
            byte[] again = new LetterPdfRenderer().render(SampleLetters.formalNotice());
            assertThat(again).isEqualTo(first);
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
        byte[] other = renderer.render(SampleLetters.withSubject(SampleLetters.formalNotice(), "Mise en demeure"));
        assertThat(documentId(other)).isNotEqualTo(documentId(first));
        String raw = new String(first, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(raw).contains("2025-08-14T00:00:00+02:00");
    }

    @Test
    void writeRefusesABadLetterBeforeTouchingTheFile(@TempDir Path folder) throws IOException {
        Path target = folder.resolve("courrier.pdf");
        Files.writeString(target, "previous letter");
        LetterContent bad = SampleLetters.withRecipient(SampleLetters.formalNotice(),
                List.of("SARL Boulangerie Dupré & Fils"));

        assertThatThrownBy(() -> renderer.write(bad, target))
                .isInstanceOfSatisfying(LetterRefusedException.class, e -> assertThat(e.problems())
                        .extracting(LetterProblem::code).containsExactly(LetterProblem.Code.ADDRESS_INCOMPLETE));
        assertThat(Files.readString(target)).isEqualTo("previous letter");
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }

        renderer.write(SampleLetters.formalNotice(), target);
        assertThat(Files.readAllBytes(target)).isEqualTo(renderer.render(SampleLetters.formalNotice()));
    }

    @Test
    void thePreviewRastersTheVeryPdfThatIsPrinted() {
        LetterPreview preview = new LetterPreview(renderer);
        LetterPreview.Page page = preview.page(SampleLetters.formalNotice(), 5, 96f);
        assertThat(page.pageCount()).isEqualTo(2);
        assertThat(page.number()).isEqualTo(2);
        // A4 at 96 dpi: 794 x 1123 pixels.
        assertThat(page.width()).isBetween(793, 795);
        assertThat(page.height()).isBetween(1122, 1124);
        assertThat(page.argb()).hasSize(page.width() * page.height());
        long dark = java.util.Arrays.stream(page.argb()).filter(p -> (p & 0xFF) < 100).count();
        assertThat(dark).isGreaterThan(1000);
    }

    /** The page-1 lines that print the given address lines, whatever else shares their height. */
    static List<Pdfs.Line> addressLines(byte[] pdf, List<String> expected) {
        List<Pdfs.Line> found = new ArrayList<>();
        List<Pdfs.Line> lines = Pdfs.lines(pdf, 1);
        for (String text : expected) {
            found.add(lines.stream().filter(line -> line.text().strip().equals(text)).findFirst()
                    .orElseThrow(() -> new AssertionError("address line not found: " + text + " in "
                            + lines.stream().map(Pdfs.Line::text).toList())));
        }
        return found;
    }

    static void assertInside(Pdfs.Line line, EnvelopeLayout window) {
        assertThat(line.left()).as("left of %s", line.text()).isGreaterThanOrEqualTo(window.windowLeftMm());
        assertThat(line.right()).as("right of %s", line.text())
                .isLessThanOrEqualTo(window.windowLeftMm() + window.windowWidthMm());
        assertThat(line.top()).as("top of %s", line.text()).isGreaterThanOrEqualTo(window.windowTopMm());
        assertThat(line.bottom()).as("bottom of %s", line.text())
                .isLessThanOrEqualTo(window.windowTopMm() + window.windowHeightMm());
    }

    private static String documentId(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getDocument().getTrailer().getCOSArray(COSName.ID).toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
