package fr.relance.documents;

import fr.relance.domain.Company;
import fr.relance.domain.Debtor;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.dunning.DunningPolicy;
import fr.relance.domain.dunning.DunningStep;
import fr.relance.domain.dunning.Instalment;
import fr.relance.domain.letters.AgencyRecipient;
import fr.relance.domain.letters.LetterAssembler;
import fr.relance.domain.letters.LetterContent;
import fr.relance.domain.letters.LetterFacts;
import fr.relance.domain.letters.LetterKind;
import fr.relance.domain.letters.LetterLanguage;
import fr.relance.domain.letters.LetterTemplate;
import fr.relance.domain.letters.LetterWording;
import fr.relance.domain.letters.PaymentDeadlines;
import fr.relance.domain.letters.TemplateCodes;
import fr.relance.domain.letters.TemplateKey;
import fr.relance.store.CompanyRepository;
import fr.relance.store.Database;
import fr.relance.store.DebtorRepository;
import fr.relance.store.DunningPolicyRepository;
import fr.relance.store.LetterSourcesRepository;
import fr.relance.store.LetterTemplateRepository;
import fr.relance.store.RatesRepository;
import fr.relance.store.ReceivablesRepository;
import fr.relance.text.Messages;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Composes the content of one letter to a debtor (no PDF: the renderer lays the {@link LetterContent} out).
 * Loads the debtor, the creditor, the open items and what the penalties need, picks the template (the current
 * version, or the version asked for), then lets {@link LetterAssembler} decide.
 * <ul>
 *   <li>The template is the one for the debtor's kind: a consumer gets the consumer variant (no penalty, no
 *       fixed indemnity, legal interest only from the formal notice, no collection cost).</li>
 *   <li>The language is the request's, else {@link LetterLanguage#forDebtor}: English outside France.</li>
 *   <li>The payment deadline is the letter's date plus the days of the debtor's policy step that writes this
 *       letter ({@link PaymentDeadlines}).</li>
 * </ul>
 * Refusals come as {@link InvalidInputException} (keys in {@link LetterAssembler}; for a missing value the
 * problem's field is the placeholder, to put in the sentence) and {@link fr.relance.domain.MissingRateException}
 * naming the half-year whose rate is missing.
 */
public final class LetterComposer {

    public static final String NO_TEMPLATE = "letters.error.noTemplate";

    /**
     * @param templateVersion null for the current version
     * @param language        null to choose from the debtor's country
     * @param instalments     the plan to put in a payment-plan agreement; null to take the debtor's active plan
     * @param agencyId        the agency to hand the case over to; null to take the open case's agency
     */
    public record Request(long debtorId, LocalDate date, LetterKind kind, Integer templateVersion,
                          LetterLanguage language, List<Instalment> instalments, Long agencyId) {

        public Request {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(kind, "kind");
        }

        public static Request of(long debtorId, LocalDate date, LetterKind kind) {
            return new Request(debtorId, date, kind, null, null, null, null);
        }
    }

    /**
     * What the controller chose in the composer instead of the defaults.
     *
     * @param variant      the template of this kind of debtor (a consumer's letter for a business that is
     *                     spared penalties); null for the debtor's own kind. The letter is assembled as for that kind
     * @param deadlineDays days given to pay from the letter's date; null for the policy's
     */
    public record Overrides(DebtorKind variant, Integer deadlineDays) {

        public static final Overrides NONE = new Overrides(null, null);
    }

    /**
     * The content, the template version it was made from (what letter.template_id will point at) and the debtor it
     * is written to (what the letter archive files it under).
     */
    public record ComposedLetter(long debtorId, LetterContent content, LetterTemplate template) {

        /** The same letter with its content edited (the composer's text changes): same debtor and template. */
        public ComposedLetter withContent(LetterContent edited) {
            return new ComposedLetter(debtorId, edited, template);
        }
    }

    private final DebtorRepository debtors;
    private final CompanyRepository companies;
    private final RatesRepository rates;
    private final ReceivablesRepository receivables;
    private final DunningPolicyRepository policies;
    private final LetterTemplateRepository templates;
    private final LetterSourcesRepository sources;

    public LetterComposer(Database database) {
        this.debtors = new DebtorRepository(database);
        this.companies = new CompanyRepository(database);
        this.rates = new RatesRepository(database);
        this.receivables = new ReceivablesRepository(database);
        this.policies = new DunningPolicyRepository(database);
        this.templates = new LetterTemplateRepository(database);
        this.sources = new LetterSourcesRepository(database);
    }

    public ComposedLetter compose(Request request) {
        return compose(request, Overrides.NONE);
    }

    /** As {@link #compose(Request)}, with the controller's choices. */
    public ComposedLetter compose(Request request, Overrides overrides) {
        Debtor stored = debtors.find(request.debtorId())
                .orElseThrow(() -> new IllegalArgumentException("No debtor " + request.debtorId()));
        Debtor debtor = overrides.variant() == null || overrides.variant() == stored.kind() ? stored
                : new Debtor(stored.id(), stored.accountCode(), stored.name(), overrides.variant(), stored.siren(),
                        stored.vatNumber(), stored.address(), stored.language());
        LetterLanguage language = request.language() != null ? request.language() : LetterLanguage.forDebtor(debtor);
        TemplateKey key = new TemplateKey(request.kind(), debtor.kind(), language);
        LetterTemplate template = (request.templateVersion() == null ? templates.current(key)
                : templates.version(key, request.templateVersion()))
                .orElseThrow(() -> new InvalidInputException("templateVersion", NO_TEMPLATE));
        LetterSourcesRepository.DebtorContext context = sources.context(debtor.id()).orElseThrow();
        LocalDate date = request.date();

        Long agencyId = request.agencyId() != null ? request.agencyId() : context.agencyId();
        AgencyRecipient agency = request.kind() == LetterKind.AGENCY_HANDOVER && agencyId != null
                ? sources.agency(agencyId).orElse(null) : null;
        List<Instalment> instalments = request.kind() != LetterKind.PAYMENT_PLAN_AGREEMENT ? List.of()
                : request.instalments() != null ? request.instalments() : sources.activePlan(debtor.id());
        String contact = debtors.contactsOf(debtor.id()).stream().filter(c -> c.primary()).findFirst()
                .or(() -> debtors.contactsOf(debtor.id()).stream().findFirst())
                .map(c -> c.name()).orElse(null);
        int deadlineDays = overrides.deadlineDays() != null ? Math.max(0, overrides.deadlineDays())
                : PaymentDeadlines.days(request.kind(), debtor.kind(),
                        stepDeadlineDays(context.policyId(), debtor, request.kind()));

        LetterFacts facts = new LetterFacts(request.kind(), language, date,
                companies.find().orElse(Company.empty()), debtor, contact,
                receivables.openItemsOf(debtor.id(), date), sources.paymentsByInvoice(debtor.id(), date),
                sources.heldInvoiceIds(debtor.id(), date), context.insolvencyOpenedOn(),
                sources.formalNoticePresentedOn(debtor.id(), date).orElse(null), deadlineDays, instalments, agency);
        Messages wording = new Messages(language.locale());
        LetterWording letterWording = wording::get;
        LetterContent content = new LetterAssembler(rates.table()).assemble(facts, template, letterWording);
        return new ComposedLetter(debtor.id(), content, template);
    }

    /** The deadline days of the step of the debtor's policy that writes this letter; 0 when none. */
    private int stepDeadlineDays(Long policyId, Debtor debtor, LetterKind kind) {
        DunningPolicy policy = policies.all().forDebtor(policyId, debtor.kind());
        if (policy == null) {
            return 0;
        }
        return policy.stepsInOrder().stream()
                .filter(step -> TemplateCodes.ofStepCode(step.templateCode())
                        .map(letter -> letter.kind() == kind).orElse(false))
                .mapToInt(DunningStep::deadlineDays).max().orElse(0);
    }
}
