-- Version 1 of every letter template: the six kinds of letter, for a business (B2B) and for a consumer, in French
-- and in English (foreign debtors). Placeholders are written {{name}} (see fr.relance.domain.letters.Placeholder).
-- Consumer variants claim no penalty, no fixed indemnity and no collection cost (Code de commerce L441-10 and
-- D441-5 apply between businesses only; CPCE L111-8), and legal interest only from the formal notice (Code civil
-- 1231-6, 1344, 1344-1). French texts use a no-break space before : ; ! ? and inside the guillemets.
-- Templates are versioned: editing one in the app stores version 2, never changes these rows.

INSERT INTO letter_template (code, language, debtor_kind, version, title, subject, body, active)
VALUES ('FIRST_REMINDER', 'fr', 'B2B', 1, 'Première relance (courtoise)', 'Rappel : factures échues – réf. {{reference}}',
'Madame, Monsieur,

Sauf erreur ou omission de notre part, nous n’avons pas encore reçu le règlement des factures suivantes, arrivées à échéance :

{{tableau_factures}}

Le solde restant dû s’élève à {{montant_principal}}. Il s’agit sans doute d’un simple oubli : nous vous remercions de bien vouloir procéder au règlement d’ici le {{date_limite}}, par virement sur notre compte IBAN {{paiement.iban}} (BIC {{paiement.bic}}), en indiquant la référence {{paiement.reference}}.

Si votre paiement nous est parvenu entre-temps, nous vous prions de ne pas tenir compte de ce courrier. Pour toute question sur ces factures, notre service comptabilité reste à votre disposition au {{societe.telephone}} ou à l’adresse {{societe.email}}.

Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.

{{signataire.nom}}
{{signataire.fonction}}', TRUE);

INSERT INTO letter_template (code, language, debtor_kind, version, title, subject, body, active)
VALUES ('FIRST_REMINDER', 'fr', 'CONSUMER', 1, 'Première relance (courtoise)', 'Rappel : facture en attente de règlement – réf. {{reference}}',
'Madame, Monsieur,

Sauf erreur de notre part, nous n’avons pas encore reçu le règlement des factures suivantes, arrivées à échéance :

{{tableau_factures}}

Le montant restant dû s’élève à {{montant_principal}}. Il s’agit sans doute d’un simple oubli : nous vous remercions de bien vouloir le régler d’ici le {{date_limite}}, par virement sur notre compte IBAN {{paiement.iban}} (BIC {{paiement.bic}}), en indiquant la référence {{paiement.reference}}.

Si vous avez réglé cette somme entre-temps, merci de ne pas tenir compte de ce courrier. Pour toute question, ou si vous rencontrez une difficulté de paiement, n’hésitez pas à nous contacter au {{societe.telephone}} ou à l’adresse {{societe.email}} : nous chercherons avec vous une solution.

Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.

{{signataire.nom}}
{{signataire.fonction}}', TRUE);

INSERT INTO letter_template (code, language, debtor_kind, version, title, subject, body, active)
VALUES ('SECOND_REMINDER', 'fr', 'B2B', 1, 'Deuxième relance (ferme)', 'Deuxième relance : factures impayées – réf. {{reference}}',
'Madame, Monsieur,

Malgré notre précédente relance, les factures suivantes restent impayées à ce jour :

{{tableau_factures}}

Le montant total dû s’élève à {{montant_principal}} ; la plus ancienne échéance remonte au {{echeance_plus_ancienne}}.

Nous vous demandons de régulariser cette situation sans attendre, et au plus tard le {{date_limite}}, par virement sur notre compte IBAN {{paiement.iban}} (BIC {{paiement.bic}}), en indiquant la référence {{paiement.reference}}.

Nous vous rappelons que, conformément à l’article L441-10 du Code de commerce, tout retard de paiement rend exigibles de plein droit des pénalités de retard, ainsi qu’une indemnité forfaitaire pour frais de recouvrement de 40 € par facture (article D441-5 du même code).

À défaut de règlement dans ce délai, nous serons contraints de vous adresser une mise en demeure. Si un désaccord sur ces factures explique ce retard, merci de nous en faire part dès à présent au {{societe.telephone}} ou à l’adresse {{societe.email}}.

Nous vous prions d’agréer, Madame, Monsieur, nos salutations distinguées.

{{signataire.nom}}
{{signataire.fonction}}', TRUE);

INSERT INTO letter_template (code, language, debtor_kind, version, title, subject, body, active)
VALUES ('SECOND_REMINDER', 'fr', 'CONSUMER', 1, 'Deuxième relance (ferme)', 'Deuxième relance : facture impayée – réf. {{reference}}',
'Madame, Monsieur,

Malgré notre précédent courrier, les factures suivantes restent impayées à ce jour :

{{tableau_factures}}

Le montant dû s’élève à {{montant_principal}} ; la plus ancienne échéance remonte au {{echeance_plus_ancienne}}.

Nous vous demandons de régler cette somme au plus tard le {{date_limite}}, par virement sur notre compte IBAN {{paiement.iban}} (BIC {{paiement.bic}}), en indiquant la référence {{paiement.reference}}.

Si vous ne pouvez pas payer cette somme en une fois, contactez-nous avant cette date au {{societe.telephone}} ou à l’adresse {{societe.email}} : nous pouvons étudier avec vous un échéancier de paiement. Si vous contestez ces factures, merci de nous en indiquer le motif.

À défaut de règlement ou de réponse de votre part dans ce délai, nous serons contraints de vous adresser une mise en demeure, qui fera courir des intérêts au taux légal.

Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.

{{signataire.nom}}
{{signataire.fonction}}', TRUE);

INSERT INTO letter_template (code, language, debtor_kind, version, title, subject, body, active)
VALUES ('FORMAL_NOTICE', 'fr', 'B2B', 1, 'Mise en demeure', 'Mise en demeure de payer – réf. {{reference}}',
'Madame, Monsieur,

Malgré nos relances restées sans effet, les factures suivantes demeurent impayées :

{{tableau_factures}}

En application de l’article L441-10 du Code de commerce, ces retards font courir de plein droit, depuis le lendemain de chaque échéance, des pénalités de retard au taux de refinancement de la Banque centrale européenne majoré de 10 points, et rendent exigible une indemnité forfaitaire pour frais de recouvrement de 40 € par facture (article D441-5 du même code). Arrêtées au {{date_courrier}}, les pénalités se calculent comme suit :

{{tableau_penalites}}

En conséquence, nous vous mettons en demeure de nous régler, au plus tard le {{date_limite}}, soit dans un délai de {{delai_jours}} jours, la somme de {{montant_total}}, qui se décompose ainsi :
– principal : {{montant_principal}} ;
– pénalités de retard : {{montant_penalites}} ;
– indemnités forfaitaires pour frais de recouvrement ({{nombre_indemnites}} × 40 €) : {{montant_indemnites}}.
Les pénalités continuent de courir jusqu’au complet paiement.

Le règlement est à effectuer par virement sur notre compte IBAN {{paiement.iban}} (BIC {{paiement.bic}}), en indiquant la référence {{paiement.reference}}.

À défaut de paiement intégral dans ce délai, nous engagerons sans autre avis les démarches nécessaires au recouvrement de notre créance, notamment en confiant le dossier à une société de recouvrement ou en présentant au tribunal compétent une requête en injonction de payer.

La présente lettre vaut mise en demeure au sens de l’article 1344 du Code civil.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

{{signataire.nom}}
{{signataire.fonction}}', TRUE);

INSERT INTO letter_template (code, language, debtor_kind, version, title, subject, body, active)
VALUES ('FORMAL_NOTICE', 'fr', 'CONSUMER', 1, 'Mise en demeure', 'Mise en demeure de payer – réf. {{reference}}',
'Madame, Monsieur,

Malgré nos précédentes relances, les factures suivantes restent impayées :

{{tableau_factures}}

{{tableau_penalites}}

Par la présente, nous vous mettons en demeure de nous régler la somme de {{montant_total}} au plus tard le {{date_limite}}, soit dans un délai de {{delai_jours}} jours à compter de la date de ce courrier.

La présente lettre vaut mise en demeure au sens de l’article 1344 du Code civil. Conformément aux articles 1231-6 et 1344-1 du même code, la somme due en principal produira des intérêts au taux légal à compter de la première présentation de cette lettre, jusqu’à complet paiement. Aucune pénalité ni indemnité forfaitaire ne vous est réclamée, et les frais de recouvrement engagés sans titre exécutoire restent à notre charge (article L111-8 du Code des procédures civiles d’exécution).

Le règlement est à effectuer par virement sur notre compte IBAN {{paiement.iban}} (BIC {{paiement.bic}}), en indiquant la référence {{paiement.reference}}.

Si vous rencontrez des difficultés pour régler cette somme, contactez-nous avant cette date au {{societe.telephone}} ou à l’adresse {{societe.email}} : nous pouvons encore convenir d’un échéancier.

À défaut de paiement ou d’accord dans ce délai, nous pourrons confier le recouvrement de cette somme à une société spécialisée ou présenter à la juridiction compétente une requête en injonction de payer.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

{{signataire.nom}}
{{signataire.fonction}}', TRUE);

INSERT INTO letter_template (code, language, debtor_kind, version, title, subject, body, active)
VALUES ('PAYMENT_PLAN_AGREEMENT', 'fr', 'B2B', 1, 'Accord d’échéancier', 'Échéancier de paiement – réf. {{reference}}',
'Madame, Monsieur,

Suite à nos échanges, nous vous confirmons notre accord pour que les factures suivantes soient réglées selon un échéancier :

{{tableau_factures}}

La somme de {{echeancier.montant}} sera payée en {{echeancier.nombre_echeances}} échéances, du {{echeancier.premiere_echeance}} au {{echeancier.derniere_echeance}}, selon le calendrier suivant :

{{tableau_echeances}}

Chaque échéance est à régler au plus tard à sa date, par virement sur notre compte IBAN {{paiement.iban}} (BIC {{paiement.bic}}), en indiquant la référence {{paiement.reference}}.

Cet accord vous est consenti à titre de simple facilité de paiement. Si une échéance restait impayée huit jours après une mise en demeure restée sans effet, la totalité du solde deviendrait immédiatement exigible (déchéance du terme) et nous reprendrions les démarches de recouvrement, pénalités de retard et indemnités forfaitaires comprises (articles L441-10 et D441-5 du Code de commerce).

Pour valider cet échéancier, merci de nous retourner un exemplaire de ce courrier, daté et signé, précédé de la mention manuscrite « Bon pour accord et reconnaissance de dette de {{echeancier.montant}} ».

Nous vous prions d’agréer, Madame, Monsieur, nos salutations distinguées.

{{signataire.nom}}
{{signataire.fonction}}

Pour {{debiteur.nom}}, le représentant légal (date, signature et cachet) :', TRUE);

INSERT INTO letter_template (code, language, debtor_kind, version, title, subject, body, active)
VALUES ('PAYMENT_PLAN_AGREEMENT', 'fr', 'CONSUMER', 1, 'Accord d’échéancier', 'Échéancier de paiement – réf. {{reference}}',
'Madame, Monsieur,

Suite à nos échanges, nous vous confirmons notre accord pour que les factures suivantes soient réglées selon un échéancier :

{{tableau_factures}}

La somme de {{echeancier.montant}} sera payée en {{echeancier.nombre_echeances}} échéances, du {{echeancier.premiere_echeance}} au {{echeancier.derniere_echeance}}, selon le calendrier suivant :

{{tableau_echeances}}

Cet échéancier vous est accordé sans frais ni intérêts. Chaque échéance est à régler au plus tard à sa date, par virement sur notre compte IBAN {{paiement.iban}} (BIC {{paiement.bic}}), en indiquant la référence {{paiement.reference}}.

Si une échéance restait impayée huit jours après une mise en demeure restée sans effet, la totalité du solde deviendrait immédiatement exigible et produirait des intérêts au taux légal à compter de cette mise en demeure (article 1231-6 du Code civil). Si vous prévoyez une difficulté pour honorer une échéance, prévenez-nous avant sa date : nous en tiendrons compte.

Pour valider cet échéancier, merci de nous retourner un exemplaire de ce courrier, daté et signé, précédé de la mention manuscrite « Bon pour accord et reconnaissance de dette de {{echeancier.montant}} ».

Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.

{{signataire.nom}}
{{signataire.fonction}}

{{debiteur.nom}} (date et signature) :', TRUE);

INSERT INTO letter_template (code, language, debtor_kind, version, title, subject, body, active)
VALUES ('STATEMENT', 'fr', 'B2B', 1, 'Relevé de compte', 'Relevé de compte au {{date_courrier}} – réf. {{reference}}',
'Madame, Monsieur,

Veuillez trouver ci-dessous le relevé de votre compte client {{debiteur.code_client}} arrêté au {{date_courrier}}, qui reprend les factures et avoirs non soldés :

{{tableau_factures}}

Le solde de votre compte s’élève à {{montant_total}}.

Nous vous remercions de rapprocher ce relevé de votre comptabilité et de nous signaler sans tarder toute différence. Les sommes échues peuvent être réglées par virement sur notre compte IBAN {{paiement.iban}} (BIC {{paiement.bic}}), en indiquant la référence {{paiement.reference}}.

Notre service comptabilité reste à votre disposition au {{societe.telephone}} ou à l’adresse {{societe.email}}.

Nous vous prions d’agréer, Madame, Monsieur, nos salutations distinguées.

{{signataire.nom}}
{{signataire.fonction}}', TRUE);

INSERT INTO letter_template (code, language, debtor_kind, version, title, subject, body, active)
VALUES ('STATEMENT', 'fr', 'CONSUMER', 1, 'Relevé de compte', 'Relevé de compte au {{date_courrier}} – réf. {{reference}}',
'Madame, Monsieur,

Veuillez trouver ci-dessous le relevé de votre compte client {{debiteur.code_client}} arrêté au {{date_courrier}}, qui reprend les factures et avoirs non soldés :

{{tableau_factures}}

Le solde de votre compte s’élève à {{montant_total}}.

Si ce relevé ne correspond pas à vos propres informations, merci de nous le signaler. Les sommes échues peuvent être réglées par virement sur notre compte IBAN {{paiement.iban}} (BIC {{paiement.bic}}), en indiquant la référence {{paiement.reference}}.

Pour toute question, nous restons à votre disposition au {{societe.telephone}} ou à l’adresse {{societe.email}}.

Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.

{{signataire.nom}}
{{signataire.fonction}}', TRUE);

INSERT INTO letter_template (code, language, debtor_kind, version, title, subject, body, active)
VALUES ('AGENCY_HANDOVER', 'fr', 'B2B', 1, 'Transmission à la société de recouvrement', 'Transmission du dossier {{debiteur.nom}} – réf. {{reference}}',
'Madame, Monsieur,

Conformément à la convention de recouvrement qui nous lie, nous confions à {{agence.nom}} le recouvrement amiable de notre créance sur le débiteur suivant :

{{debiteur.nom}}
SIREN : {{debiteur.siren}}
{{debiteur.adresse}}
Compte client : {{debiteur.code_client}}

Arrêtée au {{date_courrier}}, notre créance porte sur les factures suivantes :

{{tableau_factures}}

{{tableau_penalites}}

Elle se décompose ainsi :
– principal : {{montant_principal}} ;
– pénalités de retard (article L441-10 du Code de commerce) : {{montant_penalites}} ;
– indemnités forfaitaires pour frais de recouvrement (article D441-5 du même code) : {{montant_indemnites}} ;
soit un total de {{montant_total}}.

Convention de recouvrement signée le {{agence.date_convention}} (article R124-3 du Code des procédures civiles d’exécution).

Vous trouverez joints les justificatifs de cette créance : factures, relances, mise en demeure avec son avis de réception le cas échéant, et nos échanges avec le débiteur.

Votre courrier au débiteur devra comporter les mentions prévues par l’article R124-4 du Code des procédures civiles d’exécution ; les frais de recouvrement entrepris sans titre exécutoire restent à notre charge (article L111-8 du même code). Merci de nous informer sans délai de tout règlement ou de toute contestation que vous recevriez.

Pour tout renseignement sur ce dossier : {{societe.telephone}}, {{societe.email}}.

Nous vous prions d’agréer, Madame, Monsieur, nos salutations distinguées.

{{signataire.nom}}
{{signataire.fonction}}', TRUE);

INSERT INTO letter_template (code, language, debtor_kind, version, title, subject, body, active)
VALUES ('AGENCY_HANDOVER', 'fr', 'CONSUMER', 1, 'Transmission à la société de recouvrement', 'Transmission du dossier {{debiteur.nom}} – réf. {{reference}}',
'Madame, Monsieur,

Conformément à la convention de recouvrement qui nous lie, nous confions à {{agence.nom}} le recouvrement amiable de notre créance sur le débiteur suivant, un particulier :

{{debiteur.nom}}
{{debiteur.adresse}}
Compte client : {{debiteur.code_client}}

Arrêtée au {{date_courrier}}, notre créance porte sur les factures suivantes :

{{tableau_factures}}

{{tableau_penalites}}

Elle se décompose ainsi :
– principal : {{montant_principal}} ;
– intérêts au taux légal courus depuis la mise en demeure : {{montant_penalites}} ;
soit un total de {{montant_total}}.

Convention de recouvrement signée le {{agence.date_convention}} (article R124-3 du Code des procédures civiles d’exécution).

Vous trouverez joints les justificatifs de cette créance : factures, relances, mise en demeure avec son avis de réception le cas échéant, et nos échanges avec le débiteur.

Le débiteur étant un consommateur, aucune pénalité, indemnité forfaitaire ou frais de recouvrement ne peut lui être réclamé : les frais de recouvrement entrepris sans titre exécutoire restent à notre charge (article L111-8 du Code des procédures civiles d’exécution). Votre courrier au débiteur devra comporter les mentions prévues par l’article R124-4 du même code. Ses données personnelles vous sont transmises pour ce seul recouvrement. Merci de nous informer sans délai de tout règlement ou de toute contestation que vous recevriez.

Pour tout renseignement sur ce dossier : {{societe.telephone}}, {{societe.email}}.

Nous vous prions d’agréer, Madame, Monsieur, nos salutations distinguées.

{{signataire.nom}}
{{signataire.fonction}}', TRUE);

INSERT INTO letter_template (code, language, debtor_kind, version, title, subject, body, active)
VALUES ('FIRST_REMINDER', 'en', 'B2B', 1, 'Première relance (courtoise), en anglais', 'Reminder: invoices now due – ref. {{reference}}',
'Dear Sir or Madam,

According to our records, we have not yet received payment of the following invoices, which are now due:

{{tableau_factures}}

The balance outstanding is {{montant_principal}}. This may simply be an oversight: we would be grateful if you could settle it by {{date_limite}}, by bank transfer to our account IBAN {{paiement.iban}} (BIC {{paiement.bic}}), quoting the reference {{paiement.reference}}.

If your payment has reached us in the meantime, please disregard this letter. Should you have any question about these invoices, our accounts department is at your disposal on {{societe.telephone}} or at {{societe.email}}.

Yours faithfully,

{{signataire.nom}}
{{signataire.fonction}}', TRUE);

INSERT INTO letter_template (code, language, debtor_kind, version, title, subject, body, active)
VALUES ('FIRST_REMINDER', 'en', 'CONSUMER', 1, 'Première relance (courtoise), en anglais', 'Reminder: invoice awaiting payment – ref. {{reference}}',
'Dear Sir or Madam,

According to our records, we have not yet received payment of the following invoices, which are now due:

{{tableau_factures}}

The amount outstanding is {{montant_principal}}. This may simply be an oversight: we would be grateful if you could pay it by {{date_limite}}, by bank transfer to our account IBAN {{paiement.iban}} (BIC {{paiement.bic}}), quoting the reference {{paiement.reference}}.

If you have paid in the meantime, please disregard this letter. If you have any question, or if paying is difficult for you at the moment, please contact us on {{societe.telephone}} or at {{societe.email}}: we will look for a solution with you.

Yours faithfully,

{{signataire.nom}}
{{signataire.fonction}}', TRUE);

INSERT INTO letter_template (code, language, debtor_kind, version, title, subject, body, active)
VALUES ('SECOND_REMINDER', 'en', 'B2B', 1, 'Deuxième relance (ferme), en anglais', 'Second reminder: unpaid invoices – ref. {{reference}}',
'Dear Sir or Madam,

Despite our previous reminder, the following invoices remain unpaid:

{{tableau_factures}}

The total amount due is {{montant_principal}}; the oldest invoice fell due on {{echeance_plus_ancienne}}.

We ask you to settle this amount without further delay, and by {{date_limite}} at the latest, by bank transfer to our account IBAN {{paiement.iban}} (BIC {{paiement.bic}}), quoting the reference {{paiement.reference}}.

Please note that under article L441-10 of the French Commercial Code, late payment automatically makes late-payment penalties due, together with a fixed indemnity for recovery costs of €40 per invoice (article D441-5 of the same code).

Failing payment within this time, we will have to send you a formal notice. If a disagreement about these invoices explains the delay, please let us know at once on {{societe.telephone}} or at {{societe.email}}.

Yours faithfully,

{{signataire.nom}}
{{signataire.fonction}}', TRUE);

INSERT INTO letter_template (code, language, debtor_kind, version, title, subject, body, active)
VALUES ('SECOND_REMINDER', 'en', 'CONSUMER', 1, 'Deuxième relance (ferme), en anglais', 'Second reminder: unpaid invoice – ref. {{reference}}',
'Dear Sir or Madam,

Despite our previous letter, the following invoices remain unpaid:

{{tableau_factures}}

The amount due is {{montant_principal}}; the oldest invoice fell due on {{echeance_plus_ancienne}}.

We ask you to pay this amount by {{date_limite}} at the latest, by bank transfer to our account IBAN {{paiement.iban}} (BIC {{paiement.bic}}), quoting the reference {{paiement.reference}}.

If you cannot pay this amount in one go, please contact us before that date on {{societe.telephone}} or at {{societe.email}}: we can discuss a payment plan with you. If you dispute these invoices, please tell us why.

Without payment or an answer from you within this time, we will have to send you a formal notice, from which interest at the French legal rate will run.

Yours faithfully,

{{signataire.nom}}
{{signataire.fonction}}', TRUE);

INSERT INTO letter_template (code, language, debtor_kind, version, title, subject, body, active)
VALUES ('FORMAL_NOTICE', 'en', 'B2B', 1, 'Mise en demeure, en anglais', 'Formal notice to pay – ref. {{reference}}',
'Dear Sir or Madam,

Despite our reminders, which have remained unanswered, the following invoices are still unpaid:

{{tableau_factures}}

Under article L441-10 of the French Commercial Code, late payment automatically bears, from the day after each due date, late-payment penalties at the European Central Bank refinancing rate plus 10 percentage points, and makes due a fixed indemnity for recovery costs of €40 per invoice (article D441-5 of the same code). Calculated up to {{date_courrier}}, the penalties are as follows:

{{tableau_penalites}}

We therefore give you formal notice to pay us, by {{date_limite}} at the latest, that is within {{delai_jours}} days, the sum of {{montant_total}}, made up as follows:
– principal: {{montant_principal}};
– late-payment penalties: {{montant_penalites}};
– fixed indemnities for recovery costs ({{nombre_indemnites}} × €40): {{montant_indemnites}}.
Penalties continue to run until payment in full.

Payment is to be made by bank transfer to our account IBAN {{paiement.iban}} (BIC {{paiement.bic}}), quoting the reference {{paiement.reference}}.

Failing payment in full within this time, we will take the steps needed to recover our claim without further notice, in particular by instructing a debt collection agency or by applying to the competent court for an order for payment (injonction de payer).

This letter constitutes a formal notice (mise en demeure) within the meaning of article 1344 of the French Civil Code.

Yours faithfully,

{{signataire.nom}}
{{signataire.fonction}}', TRUE);

INSERT INTO letter_template (code, language, debtor_kind, version, title, subject, body, active)
VALUES ('FORMAL_NOTICE', 'en', 'CONSUMER', 1, 'Mise en demeure, en anglais', 'Formal notice to pay – ref. {{reference}}',
'Dear Sir or Madam,

Despite our previous reminders, the following invoices remain unpaid:

{{tableau_factures}}

{{tableau_penalites}}

We hereby give you formal notice to pay us the sum of {{montant_total}} by {{date_limite}} at the latest, that is within {{delai_jours}} days of the date of this letter.

This letter constitutes a formal notice (mise en demeure) within the meaning of article 1344 of the French Civil Code. Under articles 1231-6 and 1344-1 of the same code, the principal due will bear interest at the French legal rate from the first presentation of this letter until payment in full. No penalty or fixed indemnity is claimed from you, and collection costs incurred without an enforceable title remain payable by us (article L111-8 of the French Code of Civil Enforcement Procedures).

Payment is to be made by bank transfer to our account IBAN {{paiement.iban}} (BIC {{paiement.bic}}), quoting the reference {{paiement.reference}}.

If paying this sum is difficult for you, please contact us before that date on {{societe.telephone}} or at {{societe.email}}: we can still agree a payment plan.

Without payment or an agreement within this time, we may instruct a debt collection agency or apply to the competent court for an order for payment (injonction de payer).

Yours faithfully,

{{signataire.nom}}
{{signataire.fonction}}', TRUE);

INSERT INTO letter_template (code, language, debtor_kind, version, title, subject, body, active)
VALUES ('PAYMENT_PLAN_AGREEMENT', 'en', 'B2B', 1, 'Accord d’échéancier, en anglais', 'Payment plan – ref. {{reference}}',
'Dear Sir or Madam,

Further to our discussions, we confirm that we agree to the following invoices being paid in instalments:

{{tableau_factures}}

The sum of {{echeancier.montant}} will be paid in {{echeancier.nombre_echeances}} instalments, from {{echeancier.premiere_echeance}} to {{echeancier.derniere_echeance}}, as follows:

{{tableau_echeances}}

Each instalment is to be paid on or before its due date, by bank transfer to our account IBAN {{paiement.iban}} (BIC {{paiement.bic}}), quoting the reference {{paiement.reference}}.

This arrangement is granted as a payment facility only. Should an instalment remain unpaid eight days after a formal notice has gone unanswered, the whole balance would become immediately due (acceleration) and we would resume collection, late-payment penalties and fixed indemnities included (articles L441-10 and D441-5 of the French Commercial Code).

To confirm this payment plan, please return a copy of this letter, dated and signed, with the handwritten words "Agreed, and I acknowledge a debt of {{echeancier.montant}}".

Yours faithfully,

{{signataire.nom}}
{{signataire.fonction}}

For {{debiteur.nom}}, the legal representative (date, signature and company stamp):', TRUE);

INSERT INTO letter_template (code, language, debtor_kind, version, title, subject, body, active)
VALUES ('PAYMENT_PLAN_AGREEMENT', 'en', 'CONSUMER', 1, 'Accord d’échéancier, en anglais', 'Payment plan – ref. {{reference}}',
'Dear Sir or Madam,

Further to our discussions, we confirm that we agree to the following invoices being paid in instalments:

{{tableau_factures}}

The sum of {{echeancier.montant}} will be paid in {{echeancier.nombre_echeances}} instalments, from {{echeancier.premiere_echeance}} to {{echeancier.derniere_echeance}}, as follows:

{{tableau_echeances}}

This payment plan is granted free of charge and without interest. Each instalment is to be paid on or before its due date, by bank transfer to our account IBAN {{paiement.iban}} (BIC {{paiement.bic}}), quoting the reference {{paiement.reference}}.

Should an instalment remain unpaid eight days after a formal notice has gone unanswered, the whole balance would become immediately due and would bear interest at the French legal rate from that formal notice (article 1231-6 of the French Civil Code). If you expect any difficulty in paying an instalment, please tell us before its due date: we will take it into account.

To confirm this payment plan, please return a copy of this letter, dated and signed, with the handwritten words "Agreed, and I acknowledge a debt of {{echeancier.montant}}".

Yours faithfully,

{{signataire.nom}}
{{signataire.fonction}}

{{debiteur.nom}} (date and signature):', TRUE);

INSERT INTO letter_template (code, language, debtor_kind, version, title, subject, body, active)
VALUES ('STATEMENT', 'en', 'B2B', 1, 'Relevé de compte, en anglais', 'Statement of account at {{date_courrier}} – ref. {{reference}}',
'Dear Sir or Madam,

Please find below the statement of your customer account {{debiteur.code_client}} at {{date_courrier}}, listing the invoices and credit notes not yet settled:

{{tableau_factures}}

The balance of your account is {{montant_total}}.

Please reconcile this statement with your own records and let us know of any difference without delay. Amounts due may be paid by bank transfer to our account IBAN {{paiement.iban}} (BIC {{paiement.bic}}), quoting the reference {{paiement.reference}}.

Our accounts department is at your disposal on {{societe.telephone}} or at {{societe.email}}.

Yours faithfully,

{{signataire.nom}}
{{signataire.fonction}}', TRUE);

INSERT INTO letter_template (code, language, debtor_kind, version, title, subject, body, active)
VALUES ('STATEMENT', 'en', 'CONSUMER', 1, 'Relevé de compte, en anglais', 'Statement of account at {{date_courrier}} – ref. {{reference}}',
'Dear Sir or Madam,

Please find below the statement of your customer account {{debiteur.code_client}} at {{date_courrier}}, listing the invoices and credit notes not yet settled:

{{tableau_factures}}

The balance of your account is {{montant_total}}.

If this statement does not match your own records, please let us know. Amounts due may be paid by bank transfer to our account IBAN {{paiement.iban}} (BIC {{paiement.bic}}), quoting the reference {{paiement.reference}}.

For any question, we remain at your disposal on {{societe.telephone}} or at {{societe.email}}.

Yours faithfully,

{{signataire.nom}}
{{signataire.fonction}}', TRUE);

INSERT INTO letter_template (code, language, debtor_kind, version, title, subject, body, active)
VALUES ('AGENCY_HANDOVER', 'en', 'B2B', 1, 'Transmission à la société de recouvrement, en anglais', 'Handover of the {{debiteur.nom}} file – ref. {{reference}}',
'Dear Sir or Madam,

Under the collection agreement between us, we instruct {{agence.nom}} to recover amicably our claim on the following debtor:

{{debiteur.nom}}
SIREN: {{debiteur.siren}}
{{debiteur.adresse}}
Customer account: {{debiteur.code_client}}

Calculated up to {{date_courrier}}, our claim covers the following invoices:

{{tableau_factures}}

{{tableau_penalites}}

It is made up as follows:
– principal: {{montant_principal}};
– late-payment penalties (article L441-10 of the French Commercial Code): {{montant_penalites}};
– fixed indemnities for recovery costs (article D441-5 of the same code): {{montant_indemnites}};
a total of {{montant_total}}.

Collection agreement signed on {{agence.date_convention}} (article R124-3 of the French Code of Civil Enforcement Procedures).

Please find enclosed the evidence of this claim: invoices, reminders, the formal notice with its acknowledgement of receipt where available, and our correspondence with the debtor.

Your letter to the debtor must contain the information required by article R124-4 of the French Code of Civil Enforcement Procedures; collection costs incurred without an enforceable title remain payable by us (article L111-8 of the same code). Please inform us without delay of any payment or dispute you receive.

For any information about this file: {{societe.telephone}}, {{societe.email}}.

Yours faithfully,

{{signataire.nom}}
{{signataire.fonction}}', TRUE);

INSERT INTO letter_template (code, language, debtor_kind, version, title, subject, body, active)
VALUES ('AGENCY_HANDOVER', 'en', 'CONSUMER', 1, 'Transmission à la société de recouvrement, en anglais', 'Handover of the {{debiteur.nom}} file – ref. {{reference}}',
'Dear Sir or Madam,

Under the collection agreement between us, we instruct {{agence.nom}} to recover amicably our claim on the following debtor, a private individual:

{{debiteur.nom}}
{{debiteur.adresse}}
Customer account: {{debiteur.code_client}}

Calculated up to {{date_courrier}}, our claim covers the following invoices:

{{tableau_factures}}

{{tableau_penalites}}

It is made up as follows:
– principal: {{montant_principal}};
– interest at the French legal rate since the formal notice: {{montant_penalites}};
a total of {{montant_total}}.

Collection agreement signed on {{agence.date_convention}} (article R124-3 of the French Code of Civil Enforcement Procedures).

Please find enclosed the evidence of this claim: invoices, reminders, the formal notice with its acknowledgement of receipt where available, and our correspondence with the debtor.

As the debtor is a consumer, no penalty, fixed indemnity or collection cost may be claimed from them: collection costs incurred without an enforceable title remain payable by us (article L111-8 of the French Code of Civil Enforcement Procedures). Your letter to the debtor must contain the information required by article R124-4 of the same code. Their personal data are passed to you for this collection only. Please inform us without delay of any payment or dispute you receive.

For any information about this file: {{societe.telephone}}, {{societe.email}}.

Yours faithfully,

{{signataire.nom}}
{{signataire.fonction}}', TRUE);
