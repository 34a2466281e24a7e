package fr.relance.store;

import static fr.relance.store.jooq.Tables.DEBTOR;
import static fr.relance.store.jooq.Tables.DUNNING_POLICY;
import static fr.relance.store.jooq.Tables.DUNNING_STEP;

import fr.relance.domain.DebtorKind;
import fr.relance.domain.FieldProblem;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.dunning.DunningAction;
import fr.relance.domain.dunning.DunningPolicy;
import fr.relance.domain.dunning.DunningStep;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/** Dunning policies with their steps (dunning_policy, dunning_step) and which debtor follows which. */
public final class DunningPolicyRepository {

    /** The policies by id, with the default id of each kind of debtor. */
    public record Policies(Map<Long, DunningPolicy> byId, Map<DebtorKind, Long> defaultIds) {

        public Policies {
            byId = Map.copyOf(byId);
            defaultIds = Map.copyOf(defaultIds);
        }

        /** The policy a debtor follows: its own, else the default of its kind (null when none is stored). */
        public DunningPolicy forDebtor(Long policyId, DebtorKind kind) {
            DunningPolicy own = policyId == null ? null : byId.get(policyId);
            if (own != null) {
                return own;
            }
            Long defaultId = defaultIds.get(kind);
            return defaultId == null ? null : byId.get(defaultId);
        }
    }

    private final DSLContext dsl;

    public DunningPolicyRepository(Database database) {
        this.dsl = database.dsl();
    }

    /** Every policy with its steps, in two queries. */
    public Policies all() {
        return load(dsl);
    }

    static Policies load(DSLContext dsl) {
        Map<Long, List<DunningStep>> steps = new HashMap<>();
        dsl.selectFrom(DUNNING_STEP).orderBy(DUNNING_STEP.POLICY_ID, DUNNING_STEP.POSITION).forEach(r ->
                steps.computeIfAbsent(r.getPolicyId(), id -> new ArrayList<>()).add(new DunningStep(
                        r.getPosition(), r.getOffsetDays(), DunningAction.valueOf(r.getAction()),
                        r.getTemplateCode(), r.getMinAmount(), r.getMinGapDays(), r.getDeadlineDays())));
        Map<Long, DunningPolicy> byId = new LinkedHashMap<>();
        Map<DebtorKind, Long> defaults = new HashMap<>();
        dsl.selectFrom(DUNNING_POLICY).orderBy(DUNNING_POLICY.ID).forEach(r -> {
            DebtorKind kind = DebtorKind.valueOf(r.getDebtorKind());
            byId.put(r.getId(), new DunningPolicy(r.getName(), kind, steps.getOrDefault(r.getId(), List.of())));
            if (Boolean.TRUE.equals(r.getIsDefault())) {
                defaults.putIfAbsent(kind, r.getId());
            }
        });
        return new Policies(byId, defaults);
    }

    public Optional<DunningPolicy> find(String name) {
        return all().byId().values().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Optional<Long> idOf(String name) {
        return dsl.select(DUNNING_POLICY.ID).from(DUNNING_POLICY).where(DUNNING_POLICY.NAME.eq(name))
                .fetchOptional(DUNNING_POLICY.ID);
    }

    /**
     * Saves the policy under its name, replacing its steps, in one transaction.
     *
     * @throws InvalidInputException with {@link DunningPolicy#validate()}'s problems; nothing is written then
     */
    public long save(DunningPolicy policy) {
        List<FieldProblem> problems = policy.validate();
        InvalidInputException.refuseIfAny(problems);
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            Long id = tx.select(DUNNING_POLICY.ID).from(DUNNING_POLICY).where(DUNNING_POLICY.NAME.eq(policy.name()))
                    .fetchOne(DUNNING_POLICY.ID);
            if (id == null) {
                id = tx.insertInto(DUNNING_POLICY, DUNNING_POLICY.NAME, DUNNING_POLICY.DEBTOR_KIND)
                        .values(policy.name(), policy.debtorKind().name())
                        .returningResult(DUNNING_POLICY.ID).fetchOne(DUNNING_POLICY.ID);
            } else {
                tx.update(DUNNING_POLICY).set(DUNNING_POLICY.DEBTOR_KIND, policy.debtorKind().name())
                        .where(DUNNING_POLICY.ID.eq(id)).execute();
                tx.deleteFrom(DUNNING_STEP).where(DUNNING_STEP.POLICY_ID.eq(id)).execute();
            }
            for (DunningStep step : policy.stepsInOrder()) {
                tx.insertInto(DUNNING_STEP, DUNNING_STEP.POLICY_ID, DUNNING_STEP.POSITION, DUNNING_STEP.OFFSET_DAYS,
                                DUNNING_STEP.ACTION, DUNNING_STEP.TEMPLATE_CODE, DUNNING_STEP.MIN_AMOUNT,
                                DUNNING_STEP.MIN_GAP_DAYS, DUNNING_STEP.DEADLINE_DAYS)
                        .values(id, step.position(), step.offsetDays(), step.action().name(), step.templateCode(),
                                step.minAmount(), step.minGapDays(), step.deadlineDays())
                        .execute();
            }
            return id;
        });
    }

    /** The debtor follows this policy from now on; null puts it back on the default of its kind. */
    public void assign(long debtorId, Long policyId) {
        int updated = dsl.update(DEBTOR).set(DEBTOR.POLICY_ID, policyId).where(DEBTOR.ID.eq(debtorId)).execute();
        if (updated == 0) {
            throw new IllegalArgumentException("No debtor " + debtorId);
        }
    }
}
