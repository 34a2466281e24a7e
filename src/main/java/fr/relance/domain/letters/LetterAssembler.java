package fr.relance.domain.letters;

import fr.relance.domain.Company;
import fr.relance.domain.Debtor;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.FieldProblem;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.LatePenaltyCalculator;
import fr.relance.domain.OpenItem;
import fr.relance.domain.RateTable;
import fr.relance.domain.dunning.Instalment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assembles one letter from a template and the facts loaded for it: recipient, invoice lines, penalty statement
 * (formal notice, agency handover), payment deadline, merged subject and body, legal mentions. Pure: the
 * composer service loads, this decides. Everything that keeps the letter from being right is refused at once,
 * all problems together, before anything is written.
 */
public final class LetterAssembler {

    public static final String TEMPLATE_INVALID = "letters.error.templateInvalid";
    public static final String COMPANY_MISSING = "letters.error.companyMissing";
    public static final String ADDRESS_INCOMPLETE = "letters.error.addressIncomplete";
    public static final String NOTHING_DUE = "letters.error.nothingDue";
    public static final String CURRENCY = "letters.error.currency";
    public static final String NO_AGENCY = "letters.error.noAgency";
    public static final String NO_PLAN = "letters.error.noPlan";
    /** A value the template uses is missing; the problem's field is the placeholder, "{{paiement.iban}}". */
    public static final String MISSING_VALUE = "letters.error.missingValue";

    public static final List<String> KEYS = List.of(TEMPLATE_INVALID, COMPANY_MISSING, ADDRESS_INCOMPLETE, NOTHING_DUE,
            CURRENCY, NO_AGENCY, NO_PLAN, MISSING_VALUE);

    /** Letters are written in euros: amounts, penalties and the 40 EUR indemnity are euro amounts. */
    public static final String LETTER_CURRENCY = "EUR";

    private final LatePenaltyCalculator calculator;

    public LetterAssembler(RateTable rates) {
        this.calculator = new LatePenaltyCalculator(rates);
    }

    /**
     * @throws InvalidInputException          with every problem found (message keys above)
     * @throws fr.relance.domain.MissingRateException naming the half-year a penalty needs and the table lacks
     */
    public LetterContent assemble(LetterFacts facts, LetterTemplate template, LetterWording wording) {
        if (template.kind() != facts.kind()) {
            throw new IllegalArgumentException("A " + template.kind() + " template for a " + facts.kind() + " letter");
        }
        TemplateText subject = TemplateText.read(TemplateText.SUBJECT, template.subject(), facts.kind());
        TemplateText body = TemplateText.read(TemplateText.BODY, template.body(), facts.kind());
        if (!subject.isValid() || !body.isValid()) {
            throw new InvalidInputException("template", TEMPLATE_INVALID);
        }
        List<FieldProblem> problems = new ArrayList<>();
        Company company = facts.company();
        if (isBlank(company.legalName())) {
            problems.add(new FieldProblem("company", COMPANY_MISSING));
        }
        boolean toAgency = facts.kind() == LetterKind.AGENCY_HANDOVER;
        if (toAgency && facts.agency() == null) {
            problems.add(new FieldProblem("agency", NO_AGENCY));
        }
        if (!toAgency && !facts.debtor().address().isComplete()) {
            problems.add(new FieldProblem("address", ADDRESS_INCOMPLETE));
        }
        if (facts.kind() == LetterKind.PAYMENT_PLAN_AGREEMENT && facts.instalments().isEmpty()) {
            problems.add(new FieldProblem("instalments", NO_PLAN));
        }
        List<OpenItem> claimed = LetterItems.select(facts.kind(), facts.items(), facts.date(), facts.heldInvoiceIds());
        BigDecimal principal = LetterItems.principal(claimed);
        boolean anyInvoice = claimed.stream().anyMatch(i -> i.kind() == InvoiceKind.INVOICE);
        if (!anyInvoice || (facts.kind() != LetterKind.STATEMENT && principal.signum() <= 0)) {
            problems.add(new FieldProblem("items", NOTHING_DUE));
        }
        if (claimed.stream().anyMatch(i -> !LETTER_CURRENCY.equals(i.currency()))) {
            problems.add(new FieldProblem("items", CURRENCY));
        }
        InvalidInputException.refuseIfAny(problems);

        PenaltyStatement penalties = facts.kind() == LetterKind.FORMAL_NOTICE || toAgency
                ? PenaltyStatements.of(calculator, facts.debtorKind(), claimed, facts.paymentsByInvoice(),
                        facts.date(), facts.formalNoticePresentedOn(), facts.insolvencyOpenedOn())
                : null;
        LocalDate deadline = facts.deadlineDays() > 0 ? facts.date().plusDays(facts.deadlineDays()) : null;
        LetterFormat format = new LetterFormat(facts.language());
        Map<Placeholder, String> values = values(facts, claimed, principal, penalties, deadline, format);

        Set<Placeholder> used = new LinkedHashSet<>(subject.placeholders());
        used.addAll(body.placeholders());
        for (Placeholder placeholder : used) {
            if (!placeholder.optional() && !placeholder.isTable() && isBlank(values.get(placeholder))) {
                problems.add(new FieldProblem(placeholder.written(), MISSING_VALUE));
            }
        }
        InvalidInputException.refuseIfAny(problems);

        List<LetterBlock> blocks = new ArrayList<>(TemplateMerger.blocks(body, values));
        boolean noPenaltyLines = penalties == null
                || (penalties.lines().isEmpty() && penalties.indemnityCount() == 0);
        blocks.removeIf(block -> block instanceof LetterBlock.PenaltyTable && noPenaltyLines);
        blocks.removeIf(block -> block instanceof LetterBlock.InstalmentTable && facts.instalments().isEmpty());

        return new LetterContent(facts.kind(), facts.language().locale(), company, recipient(facts),
                nullToEmpty(company.city()).strip(), facts.date(), TemplateMerger.line(subject, values),
                reference(facts.debtor()), facts.kind() == LetterKind.FORMAL_NOTICE, blocks,
                claimed.stream().map(LetterItems::line).toList(), penalties, facts.instalments(), deadline,
                legalMentions(facts, wording, format));
    }

    /**
     * The file reference printed under the subject, also the payment reference the debtor is asked to quote:
     * the debtor's account code, which is what the bank-statement matching finds a debtor by.
     */
    public static String reference(Debtor debtor) {
        return debtor.accountCode();
    }

    private static List<String> recipient(LetterFacts facts) {
        List<String> lines = new ArrayList<>();
        if (facts.kind() == LetterKind.AGENCY_HANDOVER && facts.agency() != null) {
            lines.add(facts.agency().name());
            if (!isBlank(facts.agency().contactName())) {
                lines.add(facts.agency().contactName().strip());
            }
            lines.addAll(facts.agency().addressLines());
            return lines;
        }
        lines.add(facts.debtor().name());
        lines.addAll(facts.debtor().address().lines());
        return lines;
    }

    private static Map<Placeholder, String> values(LetterFacts facts, List<OpenItem> claimed, BigDecimal principal,
                                                   PenaltyStatement penalties, LocalDate deadline,
                                                   LetterFormat format) {
        Company c = facts.company();
        Debtor d = facts.debtor();
        Map<Placeholder, String> v = new EnumMap<>(Placeholder.class);
        v.put(Placeholder.SOCIETE_NOM, c.legalName());
        v.put(Placeholder.SOCIETE_FORME_JURIDIQUE, c.legalForm());
        v.put(Placeholder.SOCIETE_ADRESSE, joinPresent(", ", c.street(), c.addressExtra(),
                joinPresent(" ", c.postcode(), c.city())));
        v.put(Placeholder.SOCIETE_VILLE, c.city());
        v.put(Placeholder.SOCIETE_SIREN, LetterFormat.siren(c.siren()));
        v.put(Placeholder.SOCIETE_RCS, isBlank(c.rcsCity()) || isBlank(c.siren()) ? ""
                : "RCS " + c.rcsCity().strip() + " " + LetterFormat.siren(c.siren()));
        v.put(Placeholder.SOCIETE_TVA, c.vatNumber());
        v.put(Placeholder.SOCIETE_TELEPHONE, c.phone());
        v.put(Placeholder.SOCIETE_EMAIL, c.email());

        v.put(Placeholder.DEBITEUR_NOM, d.name());
        v.put(Placeholder.DEBITEUR_CODE_CLIENT, d.accountCode());
        v.put(Placeholder.DEBITEUR_SIREN, LetterFormat.siren(d.siren()));
        v.put(Placeholder.DEBITEUR_ADRESSE, String.join(", ", d.address().lines()));
        v.put(Placeholder.DEBITEUR_CONTACT, facts.contactName());

        v.put(Placeholder.DATE_COURRIER, format.date(facts.date()));
        v.put(Placeholder.DATE_LIMITE, format.date(deadline));
        v.put(Placeholder.DELAI_JOURS, facts.deadlineDays() > 0 ? format.integer(facts.deadlineDays()) : "");
        List<OpenItem> invoices = claimed.stream().filter(i -> i.kind() == InvoiceKind.INVOICE).toList();
        v.put(Placeholder.ECHEANCE_PLUS_ANCIENNE, invoices.stream().map(OpenItem::dueDate)
                .min(Comparator.naturalOrder()).map(format::date).orElse(""));
        v.put(Placeholder.NOMBRE_FACTURES, format.integer(invoices.size()));
        v.put(Placeholder.MONTANT_PRINCIPAL, format.money(principal));
        if (penalties != null) {
            v.put(Placeholder.MONTANT_PENALITES, format.money(penalties.penalties()));
            v.put(Placeholder.NOMBRE_INDEMNITES, format.integer(penalties.indemnityCount()));
            v.put(Placeholder.MONTANT_INDEMNITES, format.money(penalties.indemnities()));
            v.put(Placeholder.MONTANT_TOTAL, format.money(penalties.totalClaimed()));
        } else {
            v.put(Placeholder.MONTANT_TOTAL, format.money(principal));
        }
        v.put(Placeholder.REFERENCE, reference(d));
        v.put(Placeholder.PAIEMENT_REFERENCE, reference(d));
        v.put(Placeholder.PAIEMENT_IBAN, LetterFormat.iban(c.iban()));
        v.put(Placeholder.PAIEMENT_BIC, c.bic());
        v.put(Placeholder.SIGNATAIRE_NOM, c.signatoryName());
        v.put(Placeholder.SIGNATAIRE_FONCTION, c.signatoryTitle());

        List<Instalment> plan = facts.instalments().stream()
                .sorted(Comparator.comparing(Instalment::dueDate)).toList();
        if (!plan.isEmpty()) {
            v.put(Placeholder.PLAN_NOMBRE_ECHEANCES, format.integer(plan.size()));
            v.put(Placeholder.PLAN_MONTANT, format.money(plan.stream().map(Instalment::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)));
            v.put(Placeholder.PLAN_PREMIERE_ECHEANCE, format.date(plan.get(0).dueDate()));
            v.put(Placeholder.PLAN_DERNIERE_ECHEANCE, format.date(plan.get(plan.size() - 1).dueDate()));
        }
        if (facts.agency() != null) {
            v.put(Placeholder.AGENCE_NOM, facts.agency().name());
            v.put(Placeholder.AGENCE_CONTACT, facts.agency().contactName());
            v.put(Placeholder.AGENCE_DATE_CONVENTION, format.date(facts.agency().agreementSignedOn()));
        }
        v.replaceAll((placeholder, value) -> value == null ? "" : value.strip());
        return v;
    }

    private static List<String> legalMentions(LetterFacts facts, LetterWording wording, LetterFormat format) {
        Company c = facts.company();
        List<String> mentions = new ArrayList<>();
        List<String> identity = new ArrayList<>();
        String head = joinPresent(", ", c.legalName(), c.legalForm());
        if (c.shareCapital() != null && c.shareCapital().signum() > 0) {
            head = head + " " + wording.text(LetterWording.CAPITAL, format.money(c.shareCapital()));
        }
        identity.add(head);
        if (!isBlank(c.rcsCity()) && !isBlank(c.siren())) {
            identity.add(wording.text(LetterWording.RCS, c.rcsCity().strip(), LetterFormat.siren(c.siren())));
        }
        if (!isBlank(c.siret())) {
            identity.add(wording.text(LetterWording.SIRET, c.siret()));
        }
        if (!isBlank(c.vatNumber())) {
            identity.add(wording.text(LetterWording.VAT, c.vatNumber()));
        }
        mentions.add(String.join(" – ", identity));
        boolean consumer = facts.debtorKind() == DebtorKind.CONSUMER;
        switch (facts.kind()) {
            case AGENCY_HANDOVER -> mentions.add(wording.text(LetterWording.AGENCY_RULES));
            case FORMAL_NOTICE -> {
                if (consumer) {
                    mentions.add(wording.text(LetterWording.CONSUMER_INTEREST));
                    mentions.add(wording.text(LetterWording.CONSUMER_COSTS));
                } else {
                    mentions.add(wording.text(LetterWording.B2B_PENALTIES));
                }
            }
            default -> {
                if (!consumer) {
                    mentions.add(wording.text(LetterWording.B2B_PENALTIES));
                }
            }
        }
        if (consumer) {
            mentions.add(wording.text(LetterWording.CONSUMER_DATA, nullToEmpty(c.legalName()),
                    nullToEmpty(c.email())));
        }
        return mentions;
    }

    private static String joinPresent(String separator, String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (!isBlank(part)) {
                present.add(part.strip());
            }
        }
        return String.join(separator, present);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
