-- Dunning policies edited in Paramètres (issue 4, item 1).

-- At most one default policy per kind of debtor, kept by the database as the open case is (collection_case).
ALTER TABLE dunning_policy ADD COLUMN default_kind VARCHAR(10) AS (CASE WHEN is_default THEN debtor_kind END);
ALTER TABLE dunning_policy ADD CONSTRAINT dunning_policy_one_default_per_kind UNIQUE (default_kind);

-- A decision names the step it carried out by the step's identity (dunning_step.id, kept when a policy is edited)
-- and by what the step was that day (its offset; the action is already recorded). Positions change when steps are
-- inserted, removed or moved; history does not, so the worklist places the last action in the policy as it is now
-- (RecordedStep). No foreign key: deleting a step must leave the decisions that refer to it untouched.
ALTER TABLE worklist_decision ADD COLUMN step_id BIGINT;
ALTER TABLE worklist_decision ADD COLUMN step_offset_days INTEGER;

-- Until now no policy could be edited, so a decision's position still names the step of the debtor's policy.
UPDATE worklist_decision d SET step_id = (
    SELECT s.id FROM debtor b JOIN dunning_step s
        ON s.policy_id = COALESCE(b.policy_id,
            (SELECT p.id FROM dunning_policy p WHERE p.is_default AND p.debtor_kind = b.kind))
       AND s.position = d.step_position
    WHERE b.id = d.debtor_id)
WHERE d.step_position > 0;
UPDATE worklist_decision d SET step_offset_days = (SELECT s.offset_days FROM dunning_step s WHERE s.id = d.step_id)
WHERE d.step_id IS NOT NULL;
