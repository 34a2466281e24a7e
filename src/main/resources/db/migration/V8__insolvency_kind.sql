-- The kind of insolvency proceedings (procédure collective) marked from the BODACC notice: sauvegarde,
-- redressement or liquidation judiciaire (InsolvencyProceeding). Null for proceedings marked before V8.
ALTER TABLE debtor ADD COLUMN insolvency_kind VARCHAR(20);
ALTER TABLE debtor ADD CONSTRAINT debtor_insolvency_kind
    CHECK (insolvency_kind IN ('SAFEGUARD', 'RECEIVERSHIP', 'LIQUIDATION'));
