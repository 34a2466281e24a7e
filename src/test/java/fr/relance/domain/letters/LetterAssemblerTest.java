package fr.relance.domain.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.domain.Company;
import fr.relance.domain.Debtor;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.FieldProblem;
import fr.relance.domain.HalfYear;
import fr.relance.domain.HalfYearRates;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.MissingRateException;
import fr.relance.domain.Money;
import fr.relance.domain.OpenItem;
import fr.relance.domain.PartPayment;
import fr.relance.domain.PostalAddress;
import fr.relance.domain.RateTable;
import fr.relance.domain.dunning.Instalment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LetterAssemblerTest {

    static final RateTable RATES = new RateTable(List.of(
            rates(2025, 1, "3.15", "7.21", "3.71"),
            rates(2025, 2, "2.15", "6.65", "2.76"),
            rates(2026, 1, "2.15", "6.67", "2.62")));

    static final Company COMPANY = new Company("Ateliers Morel", "SAS", new BigDecimal("50000"), "552100554",
            "55210055400013", "FR40552100554", "Lyon", "12 rue de la République", null, "69002", "Lyon",
            "04 78 00 00 00", "compta@morel.fr", "FR7630006000011234567890189", "AGRIFRPP", "Claire Martin",
            "Responsable comptable", null, null);

    static final LetterWording WORDING = (key, args) -> key + (args.length == 0 ? "" : List.of(args).toString());

    static final String FORMAL_NOTICE_BODY = """
            Madame, Monsieur,

            Nous vous mettons en demeure de payer {{montant_total}} au plus tard le {{date_limite}} ({{delai_jours}} jours) :

            {{tableau_factures}}

            {{tableau_penalites}}

            Principal {{montant_principal}}, pénalités {{montant_penalites}}, {{nombre_indemnites}} indemnités {{montant_indemnites}}.
            IBAN {{paiement.iban}}, référence {{paiement.reference}}.""";

    @Test
    void theWorkedExampleFormalNoticeClaimsPenaltiesAndTheIndemnityToTheCent() {
        LetterFacts facts = facts(LetterKind.FORMAL_NOTICE, business(), LocalDate.of(2025, 8, 14),
                List.of(invoice(1, "F-2025-031", "10000.00", "10000.00", LocalDate.of(2025, 3, 15))), 8);

        LetterContent letter = new LetterAssembler(RATES).assemble(facts, template(LetterKind.FORMAL_NOTICE,
                DebtorKind.B2B, FORMAL_NOTICE_BODY), WORDING);

        PenaltyStatement penalties = letter.penalties();
        assertThat(penalties.lines()).extracting(line -> line.slice().days(), line -> line.slice().amount())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(107L, Money.of("385.49")),
                        org.assertj.core.groups.Tuple.tuple(45L, Money.of("149.79")));
        assertThat(penalties.lines()).extracting(PenaltyStatement.Line::invoiceNumber).containsOnly("F-2025-031");
        assertThat(penalties.penalties()).isEqualByComparingTo("535.28");
        assertThat(penalties.indemnityCount()).isEqualTo(1);
        assertThat(penalties.indemnities()).isEqualByComparingTo("40.00");
        assertThat(penalties.principal()).isEqualByComparingTo("10000.00");
        assertThat(penalties.totalClaimed()).isEqualByComparingTo("10575.28");

        assertThat(letter.registered()).isTrue();
        assertThat(letter.paymentDeadline()).isEqualTo(LocalDate.of(2025, 8, 22));
        assertThat(letter.body()).containsExactly(
                new LetterBlock.Paragraph("Madame, Monsieur,"),
                new LetterBlock.Paragraph("Nous vous mettons en demeure de payer 10\u202F575,28\u00A0€ au plus tard "
                        + "le 22 août 2025 (8 jours) :"),
                new LetterBlock.InvoiceTable(),
                new LetterBlock.PenaltyTable(),
                new LetterBlock.Paragraph("Principal 10\u202F000,00\u00A0€, pénalités 535,28\u00A0€, 1 indemnités "
                        + "40,00\u00A0€.\nIBAN FR76 3000 6000 0112 3456 7890 189, référence C0042."));
        assertThat(letter.legalMentions()).contains(LetterWording.B2B_PENALTIES);
        assertThat(letter.legalMentions().get(0)).startsWith("Ateliers Morel, SAS letter.mention.capital[50\u202F000,00\u00A0€]");
    }

    @Test
    void aConsumerFormalNoticeClaimsNoPenaltyNoIndemnityAndInterestOnlyFromAnEarlierNotice() {
        Debtor consumer = consumer();
        List<OpenItem> items = List.of(invoice(1, "F-2025-031", "1000.00", "1000.00", LocalDate.of(2025, 3, 15)));
        String body = "Payez {{montant_total}} avant le {{date_limite}}.\n\n{{tableau_factures}}\n\n{{tableau_penalites}}";
        LetterTemplate template = template(LetterKind.FORMAL_NOTICE, DebtorKind.CONSUMER, body);

        LetterContent first = new LetterAssembler(RATES).assemble(
                facts(LetterKind.FORMAL_NOTICE, consumer, LocalDate.of(2025, 8, 14), items, 15), template, WORDING);

        assertThat(first.penalties().lines()).isEmpty();
        assertThat(first.penalties().indemnityCount()).isZero();
        assertThat(first.penalties().totalClaimed()).isEqualByComparingTo("1000.00");
        assertThat(first.body()).doesNotContain(new LetterBlock.PenaltyTable());
        assertThat(first.paymentDeadline()).isEqualTo(LocalDate.of(2025, 8, 29));
        assertThat(first.legalMentions()).contains(LetterWording.CONSUMER_INTEREST, LetterWording.CONSUMER_COSTS)
                .doesNotContain(LetterWording.B2B_PENALTIES);

        // A notice first presented on 30 June 2025: legal interest ("other creditors" rate) from 1 July.
        LetterFacts second = new LetterFacts(LetterKind.FORMAL_NOTICE, LetterLanguage.FR, LocalDate.of(2025, 8, 14),
                COMPANY, consumer, null, items, Map.of(), Set.of(), null, LocalDate.of(2025, 6, 30), 15, List.of(),
                null);
        LetterContent later = new LetterAssembler(RATES).assemble(second, template, WORDING);

        assertThat(later.penalties().lines()).singleElement().satisfies(line -> {
            assertThat(line.slice().from()).isEqualTo(LocalDate.of(2025, 7, 1));
            assertThat(line.slice().rate()).isEqualByComparingTo("2.76");
            assertThat(line.slice().days()).isEqualTo(45);
            assertThat(line.slice().amount()).isEqualByComparingTo("3.40"); // 1000 × 2.76 % × 45 / 365
        });
        assertThat(later.penalties().indemnities()).isEqualByComparingTo("0.00");
        assertThat(later.body()).contains(new LetterBlock.PenaltyTable());
    }

    @Test
    void aMissingRateStopsTheFormalNoticeAndNamesTheHalfYear() {
        LetterFacts facts = facts(LetterKind.FORMAL_NOTICE, business(), LocalDate.of(2026, 11, 23),
                List.of(invoice(1, "F-2026-101", "2400.00", "2400.00", LocalDate.of(2026, 5, 31))), 8);

        assertThatThrownBy(() -> new LetterAssembler(RATES).assemble(facts,
                template(LetterKind.FORMAL_NOTICE, DebtorKind.B2B, FORMAL_NOTICE_BODY), WORDING))
                .isInstanceOf(MissingRateException.class)
                .satisfies(e -> assertThat(((MissingRateException) e).halfYear()).isEqualTo(new HalfYear(2026, 2)))
                .hasMessageContaining("2026 H2");
    }

    @Test
    void remindersListOverdueInvoicesLessCreditNotesAndLeaveDisputedAndHeldOnesOut() {
        LocalDate date = LocalDate.of(2025, 8, 14);
        List<OpenItem> items = List.of(
                invoice(1, "F-1", "1200.00", "700.00", LocalDate.of(2025, 6, 30)),
                invoice(2, "F-2", "300.00", "300.00", LocalDate.of(2025, 9, 30)),    // not yet due
                new OpenItem(42, "Dupont SARL", 3, InvoiceKind.INVOICE, "F-3", date.minusDays(90),
                        date.minusDays(60), Money.of("50.00"), Money.of("50.00"), "EUR", true), // disputed
                invoice(4, "F-4", "80.00", "80.00", LocalDate.of(2025, 7, 15)),      // on hold
                new OpenItem(42, "Dupont SARL", 5, InvoiceKind.CREDIT_NOTE, "AV-1", date.minusDays(20),
                        date.minusDays(20), Money.of("100.00"), Money.of("-100.00")));
        LetterFacts facts = new LetterFacts(LetterKind.FIRST_REMINDER, LetterLanguage.FR, date, COMPANY, business(),
                "Paul Durand", items, Map.of(), Set.of(4L), null, null, 8, List.of(), null);

        LetterContent letter = new LetterAssembler(RATES).assemble(facts, template(LetterKind.FIRST_REMINDER,
                DebtorKind.B2B, "Dû : {{montant_principal}} sur {{nombre_factures}} facture(s), la plus ancienne "
                        + "échue le {{echeance_plus_ancienne}}.\nÀ l’attention de {{debiteur.contact}}\n\n"
                        + "{{tableau_factures}}"), WORDING);

        assertThat(letter.invoices()).extracting(LetterInvoiceLine::number).containsExactly("F-1", "AV-1");
        assertThat(letter.invoices().get(0)).isEqualTo(new LetterInvoiceLine("F-1", LocalDate.of(2025, 5, 31),
                LocalDate.of(2025, 6, 30), Money.of("1200.00"), Money.of("500.00"), Money.of("700.00")));
        assertThat(letter.invoices().get(1)).isEqualTo(new LetterInvoiceLine("AV-1", date.minusDays(20),
                date.minusDays(20), Money.of("-100.00"), Money.of("0.00"), Money.of("-100.00")));
        assertThat(letter.penalties()).isNull();
        assertThat(letter.registered()).isFalse();
        assertThat(((LetterBlock.Paragraph) letter.body().get(0)).text()).isEqualTo(
                "Dû : 600,00\u00A0€ sur 1 facture(s), la plus ancienne échue le 30 juin 2025.\n"
                        + "À l’attention de Paul Durand");
        assertThat(letter.recipient()).containsExactly("Dupont SARL", "Service comptabilité", "4 rue des Lilas",
                "69003 LYON");
        assertThat(letter.place()).isEqualTo("Lyon");
        assertThat(letter.reference()).isEqualTo("C0042");
    }

    @Test
    void everythingThatKeepsALetterFromBeingRightIsRefusedTogether() {
        Company noIban = new Company("Ateliers Morel", null, null, null, null, null, null, "12 rue X", null,
                "69002", "Lyon", null, null, null, null, null, null, null, null);
        Debtor noAddress = new Debtor(42, "C0042", "Dupont SARL", DebtorKind.B2B, null, null,
                new PostalAddress(null, null, null, null, "69003", "Lyon", "FR"), "fr");
        LetterFacts facts = new LetterFacts(LetterKind.FIRST_REMINDER, LetterLanguage.FR, LocalDate.of(2025, 8, 14),
                noIban, noAddress, null, List.of(invoice(1, "F-1", "100.00", "100.00", LocalDate.of(2025, 9, 1))),
                Map.of(), Set.of(), null, null, 8, List.of(), null);

        assertThatThrownBy(() -> new LetterAssembler(RATES).assemble(facts, template(LetterKind.FIRST_REMINDER,
                DebtorKind.B2B, "IBAN {{paiement.iban}}\n\n{{tableau_factures}}"), WORDING))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey)
                        .containsExactlyInAnyOrder(LetterAssembler.ADDRESS_INCOMPLETE, LetterAssembler.NOTHING_DUE));

        LetterFacts due = new LetterFacts(LetterKind.FIRST_REMINDER, LetterLanguage.FR, LocalDate.of(2025, 8, 14),
                noIban, business(), null, List.of(invoice(1, "F-1", "100.00", "100.00", LocalDate.of(2025, 7, 1))),
                Map.of(), Set.of(), null, null, 8, List.of(), null);
        assertThatThrownBy(() -> new LetterAssembler(RATES).assemble(due, template(LetterKind.FIRST_REMINDER,
                DebtorKind.B2B, "IBAN {{paiement.iban}}\n\n{{tableau_factures}}"), WORDING))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsExactly(new FieldProblem("{{paiement.iban}}", LetterAssembler.MISSING_VALUE)));
    }

    @Test
    void aPaymentPlanAgreementCarriesTheInstalments() {
        List<Instalment> plan = List.of(new Instalment(LocalDate.of(2025, 10, 5), Money.of("300.00")),
                new Instalment(LocalDate.of(2025, 9, 5), Money.of("300.00")));
        LetterFacts facts = new LetterFacts(LetterKind.PAYMENT_PLAN_AGREEMENT, LetterLanguage.EN,
                LocalDate.of(2025, 8, 14), COMPANY, business(), null,
                List.of(invoice(1, "F-1", "600.00", "600.00", LocalDate.of(2025, 7, 1))), Map.of(), Set.of(), null,
                null, 0, plan, null);

        LetterContent letter = new LetterAssembler(RATES).assemble(facts, template(LetterKind.PAYMENT_PLAN_AGREEMENT,
                DebtorKind.B2B, "{{echeancier.montant}} in {{echeancier.nombre_echeances}} instalments from "
                        + "{{echeancier.premiere_echeance}} to {{echeancier.derniere_echeance}}.\n{{tableau_echeances}}"), WORDING);

        assertThat(letter.language()).isEqualTo(java.util.Locale.UK);
        assertThat(letter.instalments()).hasSize(2);
        assertThat(letter.paymentDeadline()).isNull();
        assertThat(letter.body()).containsExactly(
                new LetterBlock.Paragraph("€600.00 in 2 instalments from 5 September 2025 to 5 October 2025."),
                new LetterBlock.InstalmentTable());
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "FR|fr|FR", "BE|fr|EN", "DE|fr|EN", "GB|en|EN", "FR|en|EN", "RE|fr|FR", "MC|fr|FR"})
    void englishForDebtorsOutsideFrance(String country, String language, LetterLanguage expected) {
        Debtor debtor = new Debtor(1, "C1", "X", DebtorKind.B2B, null, null,
                new PostalAddress(null, null, "1 street", null, "1000", "Town", country), language);
        assertThat(LetterLanguage.forDebtor(debtor)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} step {2} → {3} days")
    @CsvSource(delimiter = '|', value = {
            "FORMAL_NOTICE|B2B|8|8", "FORMAL_NOTICE|CONSUMER|15|15", "FORMAL_NOTICE|B2B|0|8",
            "FORMAL_NOTICE|CONSUMER|0|15", "FORMAL_NOTICE|B2B|10|10", "FIRST_REMINDER|B2B|0|8",
            "STATEMENT|B2B|0|0", "AGENCY_HANDOVER|CONSUMER|0|0"})
    void paymentDeadlines(LetterKind kind, DebtorKind debtorKind, int stepDays, int expected) {
        assertThat(PaymentDeadlines.days(kind, debtorKind, stepDays)).isEqualTo(expected);
    }

    @Test
    void frenchAndEnglishFormats() {
        LetterFormat french = new LetterFormat(LetterLanguage.FR);
        assertThat(french.money(new BigDecimal("1234.5"))).isEqualTo("1\u202F234,50\u00A0€");
        assertThat(french.date(LocalDate.of(2026, 11, 23))).isEqualTo("23 novembre 2026");
        assertThat(french.date(LocalDate.of(2026, 12, 1))).isEqualTo("1er décembre 2026");
        LetterFormat english = new LetterFormat(LetterLanguage.EN);
        assertThat(english.money(new BigDecimal("1234.5"))).isEqualTo("€1,234.50");
        assertThat(english.date(LocalDate.of(2026, 12, 1))).isEqualTo("1 December 2026");
        assertThat(LetterFormat.iban("FR7630006000011234567890189")).isEqualTo("FR76 3000 6000 0112 3456 7890 189");
        assertThat(LetterFormat.siren("552100554")).isEqualTo("552 100 554");
    }

    static LetterFacts facts(LetterKind kind, Debtor debtor, LocalDate date, List<OpenItem> items, int days) {
        return new LetterFacts(kind, LetterLanguage.FR, date, COMPANY, debtor, null, items,
                Map.<Long, List<PartPayment>>of(), Set.of(), null, null, days, List.of(), null);
    }

    static LetterTemplate template(LetterKind kind, DebtorKind debtorKind, String body) {
        return new LetterTemplate(7, new TemplateKey(kind, debtorKind, LetterLanguage.FR), 1, "Test",
                "Objet – réf. {{reference}}", body, true, null);
    }

    static Debtor business() {
        return new Debtor(42, "C0042", "Dupont SARL", DebtorKind.B2B, "732829320", null,
                new PostalAddress("Service comptabilité", null, "4 rue des Lilas", null, "69003", "Lyon", "FR"), "fr");
    }

    static Debtor consumer() {
        return new Debtor(43, "C0043", "Mme Jeanne Petit", DebtorKind.CONSUMER, null, null,
                PostalAddress.france("8 allée des Pins", "33000", "Bordeaux"), "fr");
    }

    static OpenItem invoice(long id, String number, String amount, String balance, LocalDate due) {
        return new OpenItem(42, "Dupont SARL", id, InvoiceKind.INVOICE, number, due.minusDays(30), due,
                Money.of(amount), Money.of(balance));
    }

    static HalfYearRates rates(int year, int half, String ecb, String legalPrivate, String legalOther) {
        return new HalfYearRates(new HalfYear(year, half), new BigDecimal(ecb), new BigDecimal(legalPrivate),
                new BigDecimal(legalOther));
    }
}
