-- Payments carry their currency, so credits in different currencies are never added together and a payment
-- only settles invoices of its own currency.
ALTER TABLE payment ADD COLUMN currency CHAR(3) DEFAULT 'EUR' NOT NULL;
