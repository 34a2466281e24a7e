-- Case attachments and the collection-agency directory (issue 6, items 1 and 4).

-- Duplicates are refused per debtor (the same scan attached twice to one debtor), which the service checks
-- before the row is written; this index serves that look-up. Withdrawn documents stay (their bytes are kept).
CREATE INDEX document_debtor_sha256 ON document (debtor_id, sha256);
CREATE INDEX document_case ON document (case_id);
CREATE INDEX case_event_document ON case_event (document_id);

-- The agency's fee model (a percentage of what it collects and/or a fixed fee per case), the smallest claim it
-- takes, the signed agreement (CPCE R124-3) as a stored document, and archiving: an agency a case refers to is
-- never deleted.
ALTER TABLE collection_agency ADD COLUMN address_extra VARCHAR(38);
ALTER TABLE collection_agency ADD COLUMN fixed_fee DECIMAL(15,2);
ALTER TABLE collection_agency ADD COLUMN minimum_claim DECIMAL(15,2);
ALTER TABLE collection_agency ADD COLUMN agreement_document_id BIGINT REFERENCES document (id);
ALTER TABLE collection_agency ADD COLUMN archived BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE collection_agency ADD CONSTRAINT collection_agency_fees CHECK (
    (commission_percent IS NULL OR commission_percent BETWEEN 0 AND 100)
    AND (fixed_fee IS NULL OR fixed_fee >= 0)
    AND (minimum_claim IS NULL OR minimum_claim >= 0));
CREATE UNIQUE INDEX collection_agency_name ON collection_agency (name);
