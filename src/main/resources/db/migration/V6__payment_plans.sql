-- Payment plans end to end (issue 4, item 8): what V4's payment_plan lacks to follow a signed plan.
-- payment_plan.agreed_on keeps its meaning: the day the debtor signed (an acknowledgement of the debt that
-- interrupts the limitation period, Code civil 2240).

ALTER TABLE payment_plan ADD COLUMN frequency VARCHAR(10) CHECK (frequency IN ('WEEKLY', 'MONTHLY', 'QUARTERLY'));
-- The day the plan was entered: the invoices' balances it spreads are taken on that day.
ALTER TABLE payment_plan ADD COLUMN created_on DATE;
ALTER TABLE payment_plan ADD COLUMN created_by VARCHAR(100);
-- The case stage the plan replaced, restored when the plan ends without settling everything.
ALTER TABLE payment_plan ADD COLUMN previous_stage VARCHAR(20) CHECK (previous_stage IN ('AMICABLE', 'FORMAL_NOTICE',
                                                     'PAYMENT_PLAN', 'AGENCY', 'LEGAL'));
-- How the plan ended: completed (last instalment paid), defaulted (acceleration clause), cancelled.
ALTER TABLE payment_plan ADD COLUMN ended_on DATE;
ALTER TABLE payment_plan ADD COLUMN end_reason VARCHAR(500);
ALTER TABLE payment_plan ADD COLUMN end_event_id BIGINT REFERENCES case_event (id);
ALTER TABLE payment_plan ADD CONSTRAINT plan_end CHECK ((status = 'ACTIVE') = (ended_on IS NULL));
-- At most one active plan per debtor: a second save of the same plan (a double click) cannot add another.
ALTER TABLE payment_plan ADD COLUMN active_debtor_id BIGINT
    GENERATED ALWAYS AS (CASE WHEN status = 'ACTIVE' THEN debtor_id END);
ALTER TABLE payment_plan ADD CONSTRAINT one_active_plan_per_debtor UNIQUE (active_debtor_id);

-- The invoices a plan spreads, with their balance on the day it was entered: the money applied to them after
-- that is what pays the instalments.
CREATE TABLE plan_invoice (
    plan_id            BIGINT        NOT NULL REFERENCES payment_plan (id) ON DELETE CASCADE,
    invoice_id         BIGINT        NOT NULL REFERENCES invoice (id),
    balance            DECIMAL(15,2) NOT NULL CHECK (balance > 0),
    PRIMARY KEY (plan_id, invoice_id)
);
CREATE INDEX plan_invoice_invoice ON plan_invoice (invoice_id);
