package fr.relance.documents;

import fr.relance.domain.Company;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.HalfYear;
import fr.relance.domain.HalfYearRates;
import fr.relance.domain.LateCharges;
import fr.relance.domain.LatePenaltyCalculator;
import fr.relance.domain.Money;
import fr.relance.domain.RateTable;
import fr.relance.domain.dunning.Instalment;
import fr.relance.domain.letters.LetterBlock;
import fr.relance.domain.letters.LetterContent;
import fr.relance.domain.letters.LetterInvoiceLine;
import fr.relance.domain.letters.LetterKind;
import fr.relance.domain.letters.PenaltyStatement;
import fr.relance.text.Formats;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Letters as the template engine will fill them, built on the domain reference's figures; also used by the
 * benchmark harness.
 */
public final class SampleLetters {

    /** The rates table of the domain reference, section 4. */
    static final RateTable REFERENCE_RATES = new RateTable(List.of(
            rates(2024, 2, "4.25", "8.16", "4.92"),
            rates(2025, 1, "3.15", "7.21", "3.71"),
            rates(2025, 2, "2.15", "6.65", "2.76"),
            rates(2026, 1, "2.15", "6.67", "2.62")));

    static final List<String> RECIPIENT = List.of("SARL Boulangerie Dupré & Fils", "Service comptabilité",
            "14 avenue Jean-Jaurès", "69007 LYON");

    private static final byte[] LOGO = pngLogo();

    private SampleLetters() {
    }

    static Company company(byte[] logo) {
        return new Company("ACME Industrie", "SAS", new BigDecimal("50000"), "732829320", "73282932000074",
                "FR44732829320", "Lyon", "27 rue de la Villette", "Bâtiment B", "69003", "Lyon",
                "04 72 00 00 00", "relances@acme-industrie.fr", "FR7630006000011234567890189", "AGRIFRPP",
                "Claire Martin", "Responsable du recouvrement", logo, logo == null ? null : "image/png");
    }

    static Company company() {
        return company(LOGO);
    }

    /**
     * The worked example of the domain reference as a formal notice: 10,000.00 EUR due 15/03/2025, still unpaid
     * on 14/08/2025 = 385.49 + 149.79 = 535.28 EUR of penalties, plus the 40 EUR indemnity.
     */
    public static LetterContent formalNotice() {
        return formalNotice(RECIPIENT, company());
    }

    /**
     * The n-th of a series of different two-page formal notices (debtor, reference and amount vary), as a batch
     * prints them.
     */
    public static LetterContent formalNotice(int n) {
        return formalNotice(List.of(String.format("SARL Client n° %05d", n), "Service comptabilité",
                (1 + n % 120) + " avenue Jean-Jaurès", String.format("69%03d LYON", n % 10)), company(),
                Money.of(String.valueOf(1000 + (n * 37L) % 20000)), String.format("DOS-2025-%05d", n));
    }

    static LetterContent formalNotice(List<String> recipient, Company sender) {
        return formalNotice(recipient, sender, Money.of("10000.00"), "DOS-2025-0042");
    }

    private static LetterContent formalNotice(List<String> recipient, Company sender, BigDecimal amount,
                                              String reference) {
        LocalDate date = LocalDate.of(2025, 8, 14);
        LateCharges charges = new LatePenaltyCalculator(REFERENCE_RATES).charges(DebtorKind.B2B, amount,
                LocalDate.of(2025, 3, 15), List.of(), date, null);
        List<PenaltyStatement.Line> lines = charges.slices().stream()
                .map(slice -> new PenaltyStatement.Line("FA-2025-0117", slice)).toList();
        PenaltyStatement penalties = new PenaltyStatement(lines, charges.penalties(), 1, charges.indemnity(),
                amount, amount.add(charges.total()));
        return new LetterContent(LetterKind.FORMAL_NOTICE, Locale.FRANCE, sender, recipient, "Lyon", date,
                "Mise en demeure de payer", reference, true,
                List.of(new LetterBlock.Paragraph("Madame, Monsieur,"),
                        new LetterBlock.Paragraph("Malgré nos relances des 15 avril et 20 mai 2025, restées sans "
                                + "réponse, la facture ci-dessous demeure impayée à ce jour :"),
                        new LetterBlock.InvoiceTable(),
                        new LetterBlock.Paragraph("Conformément à l’article L441-10 du Code de commerce, cette "
                                + "somme porte de plein droit, dès le lendemain de son échéance, des pénalités de "
                                + "retard au taux de la Banque centrale européenne majoré de 10 points, auxquelles "
                                + "s’ajoute l’indemnité forfaitaire pour frais de recouvrement de 40 € (article "
                                + "D441-5) :"),
                        new LetterBlock.PenaltyTable(),
                        new LetterBlock.Paragraph("Par la présente, nous vous mettons en demeure de nous régler la "
                                + "somme de " + new Formats(Locale.FRANCE).money(penalties.totalClaimed())
                                + " au plus tard le 29 août 2025. À défaut, nous "
                                + "saisirons sans autre avis le tribunal de commerce d’une requête en injonction de "
                                + "payer, les frais de procédure restant à votre charge."),
                        new LetterBlock.Paragraph("Veuillez agréer, Madame, Monsieur, l’expression de nos "
                                + "salutations distinguées.")),
                List.of(new LetterInvoiceLine("FA-2025-0117", LocalDate.of(2025, 2, 13), LocalDate.of(2025, 3, 15),
                        amount, Money.ZERO, amount)),
                penalties, List.of(), LocalDate.of(2025, 8, 29), legalMentions());
    }

    /** A first reminder listing the given number of invoices (a credit note among them). */
    static LetterContent reminder(int invoices) {
        return reminder(invoices, RECIPIENT, company(), LocalDate.of(2026, 11, 23));
    }

    static LetterContent reminder(int invoices, List<String> recipient, Company sender, LocalDate date) {
        List<LetterInvoiceLine> lines = new ArrayList<>();
        for (int i = 1; i <= invoices; i++) {
            LocalDate issued = date.minusDays(200L - (i % 150));
            BigDecimal amount = new BigDecimal(120 + (i * 7919L) % 4800).add(new BigDecimal("0." + (10 + i % 89)));
            BigDecimal paid = i % 5 == 0 ? new BigDecimal("100.00") : Money.ZERO;
            if (i % 17 == 0) {
                amount = amount.negate();
                paid = Money.ZERO;
            }
            lines.add(new LetterInvoiceLine(String.format("FA-2026-%04d", i), issued, issued.plusDays(30), amount,
                    paid, amount.subtract(paid)));
        }
        return new LetterContent(LetterKind.FIRST_REMINDER, Locale.FRANCE, sender, recipient, "Lyon", date,
                "Relance amiable – factures échues", "DOS-2026-0" + invoices, false,
                List.of(new LetterBlock.Paragraph("Madame, Monsieur,"),
                        new LetterBlock.Paragraph("Sauf erreur ou omission de notre part, les factures suivantes "
                                + "restent impayées à ce jour, alors que leur échéance est dépassée :"),
                        new LetterBlock.InvoiceTable(),
                        new LetterBlock.Paragraph("Il s’agit peut-être d’un simple oubli : nous vous remercions de "
                                + "bien vouloir procéder à leur règlement dans les meilleurs délais. Si votre "
                                + "paiement a été effectué entre-temps, nous vous prions de ne pas tenir compte de "
                                + "ce courrier."),
                        new LetterBlock.Paragraph("Nous restons à votre disposition pour tout renseignement et vous "
                                + "prions d’agréer, Madame, Monsieur, nos salutations distinguées.")),
                lines, null, List.of(), null, legalMentions());
    }

    /** A payment-plan agreement of three instalments. */
    static LetterContent planAgreement() {
        LocalDate date = LocalDate.of(2026, 1, 12);
        return new LetterContent(LetterKind.PAYMENT_PLAN_AGREEMENT, Locale.FRANCE, company(), RECIPIENT, "Lyon",
                date, "Échéancier de paiement", "DOS-2026-0007", false,
                List.of(new LetterBlock.Paragraph("Madame, Monsieur,"),
                        new LetterBlock.Paragraph("Comme convenu lors de notre entretien téléphonique, nous vous "
                                + "accordons le règlement de votre dette en trois échéances :"),
                        new LetterBlock.InstalmentTable(),
                        new LetterBlock.Paragraph("Merci de nous retourner ce courrier daté et signé, précédé de la "
                                + "mention « Bon pour accord ». Le défaut de paiement d’une seule échéance rendra "
                                + "immédiatement exigible la totalité du solde.")),
                List.of(), null,
                List.of(new Instalment(LocalDate.of(2026, 1, 31), Money.of("1500.00")),
                        new Instalment(LocalDate.of(2026, 2, 28), Money.of("1500.00")),
                        new Instalment(LocalDate.of(2026, 3, 31), Money.of("1234.56"))),
                null, legalMentions());
    }

    /** A short letter that holds on one page: a payment-plan agreement without legal mentions. */
    static LetterContent planAgreementOnOnePage() {
        LetterContent plan = planAgreement();
        return new LetterContent(plan.kind(), plan.language(), plan.sender(), plan.recipient(), plan.place(),
                plan.date(), plan.subject(), plan.reference(), plan.registered(), plan.body(), plan.invoices(),
                plan.penalties(), plan.instalments(), plan.paymentDeadline(), List.of());
    }

    static List<String> legalMentions() {
        return List.of("En cas de retard de paiement, pénalités exigibles au taux de la BCE majoré de 10 points "
                + "(art. L441-10 du Code de commerce) et indemnité forfaitaire pour frais de recouvrement de 40 € "
                + "(art. D441-5). Pas d’escompte pour paiement anticipé.");
    }

    static LetterContent withRecipient(LetterContent letter, List<String> recipient) {
        return new LetterContent(letter.kind(), letter.language(), letter.sender(), recipient, letter.place(),
                letter.date(), letter.subject(), letter.reference(), letter.registered(), letter.body(),
                letter.invoices(), letter.penalties(), letter.instalments(), letter.paymentDeadline(),
                letter.legalMentions());
    }

    static LetterContent withSender(LetterContent letter, Company sender) {
        return new LetterContent(letter.kind(), letter.language(), sender, letter.recipient(), letter.place(),
                letter.date(), letter.subject(), letter.reference(), letter.registered(), letter.body(),
                letter.invoices(), letter.penalties(), letter.instalments(), letter.paymentDeadline(),
                letter.legalMentions());
    }

    static LetterContent withLanguage(LetterContent letter, Locale language) {
        return new LetterContent(letter.kind(), language, letter.sender(), letter.recipient(), letter.place(),
                letter.date(), letter.subject(), letter.reference(), letter.registered(), letter.body(),
                letter.invoices(), letter.penalties(), letter.instalments(), letter.paymentDeadline(),
                letter.legalMentions());
    }

    static LetterContent withBody(LetterContent letter, List<LetterBlock> body) {
        return new LetterContent(letter.kind(), letter.language(), letter.sender(), letter.recipient(),
                letter.place(), letter.date(), letter.subject(), letter.reference(), letter.registered(), body,
                letter.invoices(), letter.penalties(), letter.instalments(), letter.paymentDeadline(),
                letter.legalMentions());
    }

    static LetterContent withSubject(LetterContent letter, String subject) {
        return new LetterContent(letter.kind(), letter.language(), letter.sender(), letter.recipient(),
                letter.place(), letter.date(), subject, letter.reference(), letter.registered(), letter.body(),
                letter.invoices(), letter.penalties(), letter.instalments(), letter.paymentDeadline(),
                letter.legalMentions());
    }

    static LetterContent withPenalties(LetterContent letter, PenaltyStatement penalties) {
        return new LetterContent(letter.kind(), letter.language(), letter.sender(), letter.recipient(),
                letter.place(), letter.date(), letter.subject(), letter.reference(), letter.registered(),
                letter.body(), letter.invoices(), penalties, letter.instalments(), letter.paymentDeadline(),
                letter.legalMentions());
    }

    /** A logo with transparency (the renderer flattens it onto white for PDF/A). */
    static byte[] pngLogo() {
        BufferedImage image = new BufferedImage(660, 240, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0x1F, 0x4E, 0x79));
            g.fillRoundRect(10, 30, 180, 180, 40, 40);
            g.setColor(new Color(255, 255, 255, 220));
            g.setStroke(new BasicStroke(18));
            g.drawLine(50, 170, 100, 70);
            g.drawLine(100, 70, 150, 170);
            g.setColor(new Color(0x1F, 0x4E, 0x79));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 110));
            g.drawString("ACME", 215, 165);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static HalfYearRates rates(int year, int half, String ecb, String privateRate, String other) {
        return new HalfYearRates(new HalfYear(year, half), new BigDecimal(ecb), new BigDecimal(privateRate),
                new BigDecimal(other));
    }
}
