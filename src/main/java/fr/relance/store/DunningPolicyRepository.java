package fr.relance.store;

import static fr.relance.store.jooq.Tables.DEBTOR;
import static fr.relance.store.jooq.Tables.DUNNING_POLICY;
import static fr.relance.store.jooq.Tables.DUNNING_STEP;
import static fr.relance.store.jooq.Tables.LETTER_TEMPLATE;
import static org.jooq.impl.DSL.count;

import fr.relance.domain.DebtorKind;
import fr.relance.domain.FieldProblem;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.dunning.DefaultPolicies;
import fr.relance.domain.dunning.DunningAction;
import fr.relance.domain.dunning.DunningPolicy;
import fr.relance.domain.dunning.DunningStep;
import fr.relance.domain.dunning.PolicyDefinition;
import fr.relance.domain.dunning.PolicyRules;
import fr.relance.domain.dunning.StepDefinition;
import fr.relance.domain.dunning.StoredPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;

/**
 * Dunning policies with their steps (dunning_policy, dunning_step) and which debtor follows which. Steps keep their
 * identity (dunning_step.id) when a policy is edited: the worklist decisions name the step they carried out by it.
 */
public final class DunningPolicyRepository {

    /** The policies by id, with the default id of each kind of debtor. */
    public record Policies(Map<Long, DunningPolicy> byId, Map<DebtorKind, Long> defaultIds) {

        public Policies {
            byId = Map.copyOf(byId);
            defaultIds = Map.copyOf(defaultIds);
        }

        /** The policy a debtor follows: its own, else the default of its kind (null when none is stored). */
        public DunningPolicy forDebtor(Long policyId, DebtorKind kind) {
            Long id = idFor(policyId, kind);
            return id == null ? null : byId.get(id);
        }

        /** The id of the policy a debtor follows: its own, else the default of its kind (null when none). */
        public Long idFor(Long policyId, DebtorKind kind) {
            return policyId != null && byId.containsKey(policyId) ? policyId : defaultIds.get(kind);
        }
    }

    /** Where a stored step stands today. */
    record StepPlace(long policyId, int position) {
    }

    /** A stored step as a decision records it. */
    record StepRef(long id, int offsetDays, DunningAction action) {
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

    /** Every stored step by id: its policy and its position today. */
    static Map<Long, StepPlace> stepPlaces(DSLContext dsl) {
        Map<Long, StepPlace> places = new HashMap<>();
        dsl.select(DUNNING_STEP.ID, DUNNING_STEP.POLICY_ID, DUNNING_STEP.POSITION).from(DUNNING_STEP)
                .forEach(r -> places.put(r.value1(), new StepPlace(r.value2(), r.value3())));
        return places;
    }

    /** The step at {@code position} in the policy the debtor follows today. */
    static Optional<StepRef> stepOf(DSLContext tx, long debtorId, int position) {
        var debtor = tx.select(DEBTOR.POLICY_ID, DEBTOR.KIND).from(DEBTOR).where(DEBTOR.ID.eq(debtorId)).fetchOne();
        if (debtor == null) {
            return Optional.empty();
        }
        Long policyId = debtor.value1() != null ? debtor.value1()
                : tx.select(DUNNING_POLICY.ID).from(DUNNING_POLICY)
                        .where(DUNNING_POLICY.IS_DEFAULT.isTrue().and(DUNNING_POLICY.DEBTOR_KIND.eq(debtor.value2())))
                        .fetchOne(DUNNING_POLICY.ID);
        if (policyId == null) {
            return Optional.empty();
        }
        return tx.select(DUNNING_STEP.ID, DUNNING_STEP.OFFSET_DAYS, DUNNING_STEP.ACTION).from(DUNNING_STEP)
                .where(DUNNING_STEP.POLICY_ID.eq(policyId).and(DUNNING_STEP.POSITION.eq(position)))
                .fetchOptional(r -> new StepRef(r.value1(), r.value2(), DunningAction.valueOf(r.value3())));
    }

    public Optional<DunningPolicy> find(String name) {
        return all().byId().values().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Optional<Long> idOf(String name) {
        return dsl.select(DUNNING_POLICY.ID).from(DUNNING_POLICY).where(DUNNING_POLICY.NAME.eq(name))
                .fetchOptional(DUNNING_POLICY.ID);
    }

    /**
     * Every policy as Paramètres shows it, with how many debtors follow it: for each kind of debtor, its default
     * first, then the others by name.
     */
    public List<StoredPolicy> stored() {
        return stored(dsl);
    }

    private static List<StoredPolicy> stored(DSLContext dsl) {
        Map<Long, List<StepDefinition>> steps = new HashMap<>();
        dsl.selectFrom(DUNNING_STEP).orderBy(DUNNING_STEP.POLICY_ID, DUNNING_STEP.POSITION).forEach(r ->
                steps.computeIfAbsent(r.getPolicyId(), id -> new ArrayList<>()).add(new StepDefinition(r.getId(),
                        r.getOffsetDays(), DunningAction.valueOf(r.getAction()), r.getTemplateCode(),
                        r.getMinAmount(), r.getMinGapDays(), r.getDeadlineDays())));
        Map<Long, Integer> assigned = new HashMap<>();
        dsl.select(DEBTOR.POLICY_ID, count()).from(DEBTOR).where(DEBTOR.POLICY_ID.isNotNull())
                .groupBy(DEBTOR.POLICY_ID).forEach(r -> assigned.put(r.value1(), r.value2()));
        Map<String, Integer> withoutOwn = new HashMap<>();
        dsl.select(DEBTOR.KIND, count()).from(DEBTOR).where(DEBTOR.POLICY_ID.isNull())
                .groupBy(DEBTOR.KIND).forEach(r -> withoutOwn.put(r.value1(), r.value2()));
        List<StoredPolicy> policies = new ArrayList<>();
        dsl.selectFrom(DUNNING_POLICY).forEach(r -> {
            boolean isDefault = Boolean.TRUE.equals(r.getIsDefault());
            PolicyDefinition definition = new PolicyDefinition(r.getId(), r.getName(),
                    DebtorKind.valueOf(r.getDebtorKind()), isDefault, r.getNoticeDeadlineDays(),
                    steps.getOrDefault(r.getId(), List.of()));
            int own = assigned.getOrDefault(r.getId(), 0);
            policies.add(new StoredPolicy(definition, own,
                    own + (isDefault ? withoutOwn.getOrDefault(r.getDebtorKind(), 0) : 0)));
        });
        policies.sort(Comparator.comparing((StoredPolicy p) -> p.definition().debtorKind())
                .thenComparing(p -> !p.definition().defaultForKind())
                .thenComparing(p -> p.name().toLowerCase(java.util.Locale.ROOT)));
        return policies;
    }

    public Optional<StoredPolicy> stored(long id) {
        return stored().stream().filter(p -> p.id() == id).findFirst();
    }

    /**
     * The template codes a step may use: those of the letter templates and of the stored and shipped policies.
     */
    public List<String> templateCodes() {
        Set<String> codes = new TreeSet<>(DefaultPolicies.templateCodes());
        dsl.selectDistinct(DUNNING_STEP.TEMPLATE_CODE).from(DUNNING_STEP).where(DUNNING_STEP.TEMPLATE_CODE.isNotNull())
                .forEach(r -> codes.add(r.value1()));
        dsl.selectDistinct(LETTER_TEMPLATE.CODE).from(LETTER_TEMPLATE).forEach(r -> codes.add(r.value1()));
        return List.copyOf(codes);
    }

    /**
     * Saves the policy edited in Paramètres, in one transaction: a new one when it has no id, else its name, kind,
     * notice deadline, default flag and steps (kept by identity, inserted, moved or deleted). Making it the default
     * of its kind takes the flag from the previous default.
     *
     * @return the policy's id
     * @throws InvalidInputException with {@link PolicyRules#validate}'s problems; nothing is written then
     */
    public long save(PolicyDefinition policy) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            InvalidInputException.refuseIfAny(PolicyRules.validate(policy, stored(tx)));
            Long id = policy.id();
            if (id == null) {
                id = tx.insertInto(DUNNING_POLICY, DUNNING_POLICY.NAME, DUNNING_POLICY.DEBTOR_KIND,
                                DUNNING_POLICY.NOTICE_DEADLINE_DAYS)
                        .values(policy.name(), policy.debtorKind().name(), policy.noticeDeadlineDays())
                        .returningResult(DUNNING_POLICY.ID).fetchOne(DUNNING_POLICY.ID);
            } else {
                tx.update(DUNNING_POLICY).set(DUNNING_POLICY.NAME, policy.name())
                        .set(DUNNING_POLICY.DEBTOR_KIND, policy.debtorKind().name())
                        .set(DUNNING_POLICY.NOTICE_DEADLINE_DAYS, policy.noticeDeadlineDays())
                        .where(DUNNING_POLICY.ID.eq(id)).execute();
            }
            if (policy.defaultForKind()) {
                makeDefault(tx, id, policy.debtorKind());
            }
            writeSteps(tx, id, policy.steps());
            return id;
        });
    }

    /** The policy becomes the default of its kind of debtor; the previous default stays, as an ordinary policy. */
    public void makeDefault(long id) {
        PolicyDefinition policy = stored(id).orElseThrow(() -> new InvalidInputException("policyId",
                "dunning.policy.notFound")).definition();
        save(policy.withDefaultForKind(true));
    }

    /** @throws InvalidInputException when the name is empty, too long or another policy's */
    public void rename(long id, String name) {
        PolicyDefinition policy = stored(id).orElseThrow(() -> new InvalidInputException("policyId",
                "dunning.policy.notFound")).definition();
        save(policy.withName(name));
    }

    /**
     * Deletes the policy and its steps. The decisions that named its steps keep what they recorded.
     *
     * @throws InvalidInputException while debtors are given it or when it is the default of its kind
     */
    public void delete(long id) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            StoredPolicy policy = stored(tx).stream().filter(p -> p.id() == id).findFirst()
                    .orElseThrow(() -> new InvalidInputException("policyId", "dunning.policy.notFound"));
            InvalidInputException.refuseIfAny(PolicyRules.deleteProblems(policy));
            tx.deleteFrom(DUNNING_POLICY).where(DUNNING_POLICY.ID.eq(id)).execute();
        });
    }

    private static void makeDefault(DSLContext tx, long id, DebtorKind kind) {
        // One default per kind (V5 unique default_kind): the previous default lets go first.
        tx.update(DUNNING_POLICY).set(DUNNING_POLICY.IS_DEFAULT, false)
                .where(DUNNING_POLICY.DEBTOR_KIND.eq(kind.name()).and(DUNNING_POLICY.IS_DEFAULT.isTrue())
                        .and(DUNNING_POLICY.ID.ne(id)))
                .execute();
        tx.update(DUNNING_POLICY).set(DUNNING_POLICY.IS_DEFAULT, true).where(DUNNING_POLICY.ID.eq(id)).execute();
    }

    /** The policy's steps become {@code steps}, in that order; a step with an id keeps it. */
    private static void writeSteps(DSLContext tx, long policyId, List<StepDefinition> steps) {
        Set<Long> existing = new HashSet<>(tx.select(DUNNING_STEP.ID).from(DUNNING_STEP)
                .where(DUNNING_STEP.POLICY_ID.eq(policyId)).fetch(DUNNING_STEP.ID));
        Set<Long> kept = new HashSet<>();
        for (StepDefinition step : steps) {
            if (step.id() != null && (!existing.contains(step.id()) || !kept.add(step.id()))) {
                throw new IllegalArgumentException("Step " + step.id() + " is not a step of policy " + policyId);
            }
        }
        tx.deleteFrom(DUNNING_STEP).where(DUNNING_STEP.POLICY_ID.eq(policyId).and(DUNNING_STEP.ID.notIn(kept)))
                .execute();
        // Out of the way of UNIQUE (policy_id, position) while the kept steps take their new places.
        tx.update(DUNNING_STEP).set(DUNNING_STEP.POSITION, DUNNING_STEP.POSITION.neg())
                .where(DUNNING_STEP.POLICY_ID.eq(policyId)).execute();
        for (int i = 0; i < steps.size(); i++) {
            StepDefinition step = steps.get(i);
            if (step.id() == null) {
                tx.insertInto(DUNNING_STEP, DUNNING_STEP.POLICY_ID, DUNNING_STEP.POSITION, DUNNING_STEP.OFFSET_DAYS,
                                DUNNING_STEP.ACTION, DUNNING_STEP.TEMPLATE_CODE, DUNNING_STEP.MIN_AMOUNT,
                                DUNNING_STEP.MIN_GAP_DAYS, DUNNING_STEP.DEADLINE_DAYS)
                        .values(policyId, i + 1, step.offsetDays(), step.action().name(), step.templateCode(),
                                step.minAmount(), step.minGapDays(), step.deadlineDays())
                        .execute();
            } else {
                tx.update(DUNNING_STEP).set(DUNNING_STEP.POSITION, i + 1)
                        .set(DUNNING_STEP.OFFSET_DAYS, step.offsetDays())
                        .set(DUNNING_STEP.ACTION, step.action().name())
                        .set(DUNNING_STEP.TEMPLATE_CODE, step.templateCode())
                        .set(DUNNING_STEP.MIN_AMOUNT, step.minAmount())
                        .set(DUNNING_STEP.MIN_GAP_DAYS, step.minGapDays())
                        .set(DUNNING_STEP.DEADLINE_DAYS, step.deadlineDays())
                        .where(DUNNING_STEP.ID.eq(step.id())).execute();
            }
        }
    }

    /**
     * Saves the policy under its name, replacing its steps, in one transaction. A step keeps its identity when its
     * position is kept. A new policy is not the default of its kind.
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
            Map<Integer, Long> idsByPosition = new HashMap<>();
            if (id == null) {
                int deadline = policy.steps().stream().filter(DunningStep::isFormalNotice)
                        .mapToInt(DunningStep::deadlineDays).findFirst().orElse(8);
                id = tx.insertInto(DUNNING_POLICY, DUNNING_POLICY.NAME, DUNNING_POLICY.DEBTOR_KIND,
                                DUNNING_POLICY.NOTICE_DEADLINE_DAYS)
                        .values(policy.name(), policy.debtorKind().name(), deadline)
                        .returningResult(DUNNING_POLICY.ID).fetchOne(DUNNING_POLICY.ID);
            } else {
                tx.update(DUNNING_POLICY).set(DUNNING_POLICY.DEBTOR_KIND, policy.debtorKind().name())
                        .where(DUNNING_POLICY.ID.eq(id)).execute();
                tx.select(DUNNING_STEP.POSITION, DUNNING_STEP.ID).from(DUNNING_STEP)
                        .where(DUNNING_STEP.POLICY_ID.eq(id)).forEach(r -> idsByPosition.put(r.value1(), r.value2()));
            }
            List<StepDefinition> steps = policy.stepsInOrder().stream()
                    .map(s -> new StepDefinition(idsByPosition.get(s.position()), s.offsetDays(), s.action(),
                            s.templateCode(), s.minAmount(), s.minGapDays(), s.deadlineDays()))
                    .toList();
            writeSteps(tx, id, steps);
            return id;
        });
    }

    /**
     * The debtor follows this policy from now on; null puts it back on the default of its kind.
     *
     * @throws InvalidInputException when the policy does not exist, or is a B2B policy for a consumer
     * @throws IllegalArgumentException when the debtor does not exist
     */
    public void assign(long debtorId, Long policyId) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            String debtorKind = tx.select(DEBTOR.KIND).from(DEBTOR).where(DEBTOR.ID.eq(debtorId))
                    .fetchOne(DEBTOR.KIND);
            if (debtorKind == null) {
                throw new IllegalArgumentException("No debtor " + debtorId);
            }
            if (policyId != null) {
                String policyKind = tx.select(DUNNING_POLICY.DEBTOR_KIND).from(DUNNING_POLICY)
                        .where(DUNNING_POLICY.ID.eq(policyId)).fetchOne(DUNNING_POLICY.DEBTOR_KIND);
                if (policyKind == null) {
                    throw new InvalidInputException("policyId", "dunning.policy.notFound");
                }
                InvalidInputException.refuseIfAny(PolicyRules.assignmentProblems(DebtorKind.valueOf(debtorKind),
                        DebtorKind.valueOf(policyKind)));
            }
            tx.update(DEBTOR).set(DEBTOR.POLICY_ID, policyId).where(DEBTOR.ID.eq(debtorId)).execute();
        });
    }
}
