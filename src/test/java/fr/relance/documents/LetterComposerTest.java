package fr.relance.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.domain.Allocation;
import fr.relance.domain.Company;
import fr.relance.domain.Debtor;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.Invoice;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.MissingRateException;
import fr.relance.domain.Money;
import fr.relance.domain.Payment;
import fr.relance.domain.PostalAddress;
import fr.relance.domain.letters.LetterBlock;
import fr.relance.domain.letters.LetterContent;
import fr.relance.domain.letters.LetterKind;
import fr.relance.domain.letters.LetterLanguage;
import fr.relance.store.Database;
import fr.relance.store.LedgerWriter;
import fr.relance.text.ErrorMessages;
import fr.relance.text.Messages;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Letters composed from the seeded templates on a real data file. */
class LetterComposerTest {

    static final LocalDate DUE = LocalDate.of(2025, 3, 15);

    @TempDir
    Path dir;
    Database database;
    LetterComposer composer;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        Company company = new Company("Ateliers Morel", "SAS", new BigDecimal("50000"), "552100554", null,
                "FR40552100554", "Lyon", "12 rue de la République", null, "69002", "Lyon", "04 78 00 00 00",
                "compta@morel.fr", "FR7630006000011234567890189", "AGRIFRPP", "Claire Martin",
                "Responsable comptable", null, null);
        List<Debtor> debtors = List.of(
                new Debtor(1, "C0001", "Dupont SARL", DebtorKind.B2B, "732829320", null,
                        PostalAddress.france("4 rue des Lilas", "69003", "Lyon"), "fr"),
                new Debtor(2, "C0002", "Jeanne Petit", DebtorKind.CONSUMER, null, null,
                        PostalAddress.france("8 allée des Pins", "33000", "Bordeaux"), "fr"),
                new Debtor(3, "C0003", "Müller GmbH", DebtorKind.B2B, null, null,
                        new PostalAddress(null, null, "Hauptstraße 5", null, "10115", "Berlin", "DE"), "fr"));
        List<Invoice> invoices = List.of(
                invoice(1, 1, "F-2025-031", "10000.00", DUE),
                invoice(2, 2, "F-2025-032", "1000.00", DUE),
                invoice(3, 3, "F-2025-033", "2500.00", DUE),
                invoice(4, 1, "F-2026-101", "2400.00", LocalDate.of(2026, 5, 31)));
        // Half of the German invoice paid on 30 June 2025: penalties on the balance after it.
        List<Payment> payments = List.of(new Payment(1, 3, LocalDate.of(2025, 6, 30), Money.of("1250.00"),
                "TRANSFER", "F-2025-033"));
        List<Allocation> allocations = List.of(new Allocation(1, 3, 1L, null, Money.of("1250.00"),
                LocalDate.of(2025, 6, 30)));
        new LedgerWriter(database).writeIntoEmptyFile(new LedgerWriter.Ledger(company, debtors, List.of(), invoices,
                payments, allocations), (done, total) -> { }, () -> false);
        composer = new LetterComposer(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    static Invoice invoice(long id, long debtor, String number, String amount, LocalDate due) {
        BigDecimal ttc = Money.of(amount);
        return new Invoice(id, debtor, InvoiceKind.INVOICE, number, due.minusDays(30), due,
                Money.cents(ttc.divide(new BigDecimal("1.2"), java.math.MathContext.DECIMAL64)), ttc, "EUR", false,
                null);
    }

    @Test
    void aBusinessFormalNoticeFromTheSeededTemplateClaimsTheWorkedExample() {
        LetterComposer.ComposedLetter letter = composer.compose(
                LetterComposer.Request.of(1, LocalDate.of(2025, 8, 14), LetterKind.FORMAL_NOTICE));

        LetterContent content = letter.content();
        assertThat(letter.template().version()).isEqualTo(1);
        assertThat(content.penalties().penalties()).isEqualByComparingTo("535.28");
        assertThat(content.penalties().indemnities()).isEqualByComparingTo("40.00");
        assertThat(content.penalties().totalClaimed()).isEqualByComparingTo("10575.28");
        // The B2B policy's formal-notice step gives 8 days (V4 seed)
        assertThat(content.paymentDeadline()).isEqualTo(LocalDate.of(2025, 8, 22));
        assertThat(content.registered()).isTrue();
        assertThat(content.subject()).isEqualTo("Mise en demeure de payer – réf. C0001");
        assertThat(content.recipient()).containsExactly("Dupont SARL", "4 rue des Lilas", "69003 LYON");
        assertThat(content.body()).contains(new LetterBlock.InvoiceTable(), new LetterBlock.PenaltyTable());
        String text = paragraphs(content);
        assertThat(text).contains("la somme de 10\u202F575,28\u00A0€", "le 22 août 2025", "délai de 8 jours",
                "principal\u00A0: 10\u202F000,00\u00A0€", "pénalités de retard\u00A0: 535,28\u00A0€",
                "(1 × 40 €)\u00A0: 40,00\u00A0€", "FR76 3000 6000 0112 3456 7890 189", "Claire Martin")
                .doesNotContain("{{");
    }

    @Test
    void aConsumerGetsTheConsumerNoticeWithFifteenDaysAndNoIndemnity() {
        LetterContent content = composer.compose(
                LetterComposer.Request.of(2, LocalDate.of(2025, 8, 14), LetterKind.FORMAL_NOTICE)).content();

        assertThat(content.penalties().indemnityCount()).isZero();
        assertThat(content.penalties().penalties()).isEqualByComparingTo("0.00");
        assertThat(content.paymentDeadline()).isEqualTo(LocalDate.of(2025, 8, 29));
        assertThat(content.body()).doesNotContain(new LetterBlock.PenaltyTable());
        assertThat(paragraphs(content)).contains("1\u202F000,00\u00A0€", "taux légal", "1231-6")
                .doesNotContain("D441-5");
    }

    @Test
    void aDebtorAbroadGetsAnEnglishLetterWithPenaltiesOnTheBalanceAfterAPartPayment() {
        LetterContent content = composer.compose(
                LetterComposer.Request.of(3, LocalDate.of(2025, 8, 14), LetterKind.FORMAL_NOTICE)).content();

        assertThat(content.language()).isEqualTo(LetterLanguage.EN.locale());
        assertThat(content.recipient()).last().isEqualTo("ALLEMAGNE");
        // 2,500 × 13.15 % × 107/365 = 96.37 then 1,250 × 12.15 % × 45/365 = 18.72
        assertThat(content.penalties().lines()).extracting(line -> line.slice().amount())
                .containsExactly(Money.of("96.37"), Money.of("18.72"));
        assertThat(paragraphs(content)).contains("formal notice", "€1,250.00", "22 August 2025");
    }

    @Test
    void aMissingRateStopsTheLetterWithASentenceNamingTheHalfYear() {
        LetterComposer.Request request = LetterComposer.Request.of(1, LocalDate.of(2026, 11, 23),
                LetterKind.FORMAL_NOTICE);

        assertThatThrownBy(() -> composer.compose(request)).isInstanceOfSatisfying(MissingRateException.class,
                e -> assertThat(new ErrorMessages(new Messages(Locale.FRANCE)).describe(e))
                        .startsWith("Le taux du 2e semestre 2026 manque"));
    }

    @Test
    void anOlderVersionCanBeAskedForAndAMissingOneIsRefused() {
        LetterComposer.Request first = new LetterComposer.Request(1, LocalDate.of(2025, 8, 14),
                LetterKind.FIRST_REMINDER, 1, null, null, null);
        assertThat(composer.compose(first).template().version()).isEqualTo(1);
        assertThat(paragraphs(composer.compose(first).content())).contains("d’ici le 22 août 2025");

        LetterComposer.Request missing = new LetterComposer.Request(1, LocalDate.of(2025, 8, 14),
                LetterKind.FIRST_REMINDER, 9, null, null, null);
        assertThatThrownBy(() -> composer.compose(missing)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(new ErrorMessages(new Messages(Locale.FRANCE)).describe(e))
                        .isEqualTo("Cette version du modèle n’existe pas."));
    }

    @Test
    void aPaymentPlanAgreementNeedsAPlan() {
        LetterComposer.Request request = LetterComposer.Request.of(1, LocalDate.of(2025, 8, 14),
                LetterKind.PAYMENT_PLAN_AGREEMENT);

        assertThatThrownBy(() -> composer.compose(request)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(new ErrorMessages(new Messages(Locale.FRANCE)).describe(e))
                        .contains("pas d’échéancier actif"));
    }

    static String paragraphs(LetterContent content) {
        return String.join("\n\n", content.body().stream().filter(LetterBlock.Paragraph.class::isInstance)
                .map(b -> ((LetterBlock.Paragraph) b).text()).toList());
    }
}
