package fr.relance.domain.letters;

import java.util.EnumSet;
import java.util.Set;

/**
 * The placeholders a template may use, written {{name}} with French names a French accountant reads at a
 * glance ({{debiteur.nom}}, {{date_limite}}). Names are matched without regard to case, accents or the spaces
 * around them: {{ Débiteur.Nom }} is {{debiteur.nom}}. Each one is replaced by a plain value: there is no
 * expression, condition or code in a template.
 * <p>
 * The descriptions shown in the editor are in the bundles, under "placeholder." + {@link #key()}.
 */
public enum Placeholder {
    SOCIETE_NOM("societe.nom", Group.COMPANY),
    SOCIETE_FORME_JURIDIQUE("societe.forme_juridique", Group.COMPANY, true),
    SOCIETE_ADRESSE("societe.adresse", Group.COMPANY),
    SOCIETE_VILLE("societe.ville", Group.COMPANY),
    SOCIETE_SIREN("societe.siren", Group.COMPANY),
    SOCIETE_RCS("societe.rcs", Group.COMPANY),
    SOCIETE_TVA("societe.tva", Group.COMPANY, true),
    SOCIETE_TELEPHONE("societe.telephone", Group.COMPANY),
    SOCIETE_EMAIL("societe.email", Group.COMPANY),

    DEBITEUR_NOM("debiteur.nom", Group.DEBTOR),
    DEBITEUR_CODE_CLIENT("debiteur.code_client", Group.DEBTOR),
    DEBITEUR_SIREN("debiteur.siren", Group.DEBTOR, true),
    DEBITEUR_ADRESSE("debiteur.adresse", Group.DEBTOR),
    DEBITEUR_CONTACT("debiteur.contact", Group.DEBTOR, true),

    DATE_COURRIER("date_courrier", Group.DATES),
    DATE_LIMITE("date_limite", Group.DATES, false, LetterKind.FIRST_REMINDER, LetterKind.SECOND_REMINDER,
            LetterKind.FORMAL_NOTICE),
    DELAI_JOURS("delai_jours", Group.DATES, false, LetterKind.FIRST_REMINDER, LetterKind.SECOND_REMINDER,
            LetterKind.FORMAL_NOTICE),
    ECHEANCE_PLUS_ANCIENNE("echeance_plus_ancienne", Group.DATES),

    NOMBRE_FACTURES("nombre_factures", Group.AMOUNTS),
    MONTANT_PRINCIPAL("montant_principal", Group.AMOUNTS),
    MONTANT_PENALITES("montant_penalites", Group.AMOUNTS, false, LetterKind.FORMAL_NOTICE,
            LetterKind.AGENCY_HANDOVER),
    NOMBRE_INDEMNITES("nombre_indemnites", Group.AMOUNTS, false, LetterKind.FORMAL_NOTICE,
            LetterKind.AGENCY_HANDOVER),
    MONTANT_INDEMNITES("montant_indemnites", Group.AMOUNTS, false, LetterKind.FORMAL_NOTICE,
            LetterKind.AGENCY_HANDOVER),
    MONTANT_TOTAL("montant_total", Group.AMOUNTS),

    REFERENCE("reference", Group.PAYMENT),
    PAIEMENT_IBAN("paiement.iban", Group.PAYMENT),
    PAIEMENT_BIC("paiement.bic", Group.PAYMENT),
    PAIEMENT_REFERENCE("paiement.reference", Group.PAYMENT),

    SIGNATAIRE_NOM("signataire.nom", Group.SIGNATORY),
    SIGNATAIRE_FONCTION("signataire.fonction", Group.SIGNATORY),

    PLAN_NOMBRE_ECHEANCES("echeancier.nombre_echeances", Group.PLAN, false, LetterKind.PAYMENT_PLAN_AGREEMENT),
    PLAN_MONTANT("echeancier.montant", Group.PLAN, false, LetterKind.PAYMENT_PLAN_AGREEMENT),
    PLAN_PREMIERE_ECHEANCE("echeancier.premiere_echeance", Group.PLAN, false, LetterKind.PAYMENT_PLAN_AGREEMENT),
    PLAN_DERNIERE_ECHEANCE("echeancier.derniere_echeance", Group.PLAN, false, LetterKind.PAYMENT_PLAN_AGREEMENT),

    AGENCE_NOM("agence.nom", Group.AGENCY, false, LetterKind.AGENCY_HANDOVER),
    AGENCE_CONTACT("agence.contact", Group.AGENCY, true, LetterKind.AGENCY_HANDOVER),
    AGENCE_DATE_CONVENTION("agence.date_convention", Group.AGENCY, true, LetterKind.AGENCY_HANDOVER),

    TABLEAU_FACTURES("tableau_factures", Group.TABLES),
    TABLEAU_PENALITES("tableau_penalites", Group.TABLES, false, LetterKind.FORMAL_NOTICE,
            LetterKind.AGENCY_HANDOVER),
    TABLEAU_ECHEANCES("tableau_echeances", Group.TABLES, false, LetterKind.PAYMENT_PLAN_AGREEMENT);

    /** How the editor groups the catalogue. */
    public enum Group { COMPANY, DEBTOR, DATES, AMOUNTS, PAYMENT, SIGNATORY, PLAN, AGENCY, TABLES }

    private final String key;
    private final Group group;
    private final boolean optional;
    private final Set<LetterKind> kinds;

    Placeholder(String key, Group group) {
        this(key, group, false);
    }

    Placeholder(String key, Group group, boolean optional, LetterKind... kinds) {
        this.key = key;
        this.group = group;
        this.optional = optional;
        this.kinds = kinds.length == 0 ? EnumSet.allOf(LetterKind.class) : EnumSet.of(kinds[0], kinds);
    }

    /** The name written between the braces: "debiteur.nom". */
    public String key() {
        return key;
    }

    /** "{{debiteur.nom}}", as inserted in a template. */
    public String written() {
        return "{{" + key + "}}";
    }

    public Group group() {
        return group;
    }

    /**
     * An optional value may be empty in a letter (a consumer has no SIREN): a line that only held it is left
     * out. A letter that needs a non-optional value the data lacks is refused, naming where to fill it in.
     */
    public boolean optional() {
        return optional;
    }

    /** Stands alone on its line and becomes a table block. */
    public boolean isTable() {
        return group == Group.TABLES;
    }

    public boolean availableIn(LetterKind kind) {
        return kinds.contains(kind);
    }

    public Set<LetterKind> kinds() {
        return EnumSet.copyOf(kinds);
    }
}
