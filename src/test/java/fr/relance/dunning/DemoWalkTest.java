package fr.relance.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.demo.DemoDataService;
import fr.relance.demo.DemoProgress;
import fr.relance.demo.DemoSize;
import fr.relance.domain.CaseEvent;
import fr.relance.domain.Debtor;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.InvoiceKind;
import fr.relance.domain.OpenItem;
import fr.relance.domain.dunning.CallOutcome;
import fr.relance.domain.dunning.DunningAction;
import fr.relance.domain.dunning.DunningPolicy;
import fr.relance.domain.dunning.DunningStep;
import fr.relance.domain.dunning.WorklistItem;
import fr.relance.domain.dunning.WorklistKind;
import fr.relance.store.Database;
import fr.relance.store.DebtorRepository;
import fr.relance.store.DunningPolicyRepository;
import fr.relance.store.LedgerWriter;
import fr.relance.store.ReceivablesRepository;
import fr.relance.store.TimelineRepository;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks the demo ledger through 120 days of as-of dates, the way a credit controller works it: every morning the
 * actions of the day are computed and every dunning line is executed. The ledger replays its own history (payments
 * arrive on their dates), so the walk meets fresh invoices, part payments, settled debtors and chronic late payers.
 * Each row of the tables below is a rule a French credit controller expects the walk to follow.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoWalkTest {

    static final LocalDate END = LocalDate.of(2026, 11, 23);
    static final LocalDate START = END.minusDays(120);

    record Executed(long debtorId, LocalDate on, WorklistItem item) {
    }

    Database database;
    final List<Executed> executed = new ArrayList<>();
    final Map<Long, Debtor> debtors = new HashMap<>();
    DunningPolicyRepository.Policies policies;
    ReceivablesRepository receivables;
    TimelineRepository timeline;
    int duplicatesRefused;

    @BeforeAll
    void walk(@TempDir Path dir) {
        database = Database.open(dir);
        new DemoDataService(new LedgerWriter(database)).load(new DemoSize(150, 2_500), END, DemoProgress.NONE,
                () -> false);
        WorklistService service = new WorklistService(database, "walk");
        receivables = new ReceivablesRepository(database);
        timeline = new TimelineRepository(database);
        policies = new DunningPolicyRepository(database).all();
        DebtorRepository debtorRepository = new DebtorRepository(database);
        for (LocalDate day = START; !day.isAfter(END); day = day.plusDays(1)) {
            for (WorklistItem item : service.worklist(day)) {
                if (item.action() == null) {
                    continue;
                }
                debtors.computeIfAbsent(item.debtorId(), id -> debtorRepository.find(id).orElseThrow());
                if (item.isCall()) {
                    // A call step is logged with its outcome; the debtor was reached and nothing came of it.
                    service.logCall(item, day, CallOutcome.REACHED, "Relance téléphonique", null, null, null);
                    executed.add(new Executed(item.debtorId(), day, item));
                    duplicatesRefused++;
                    continue;
                }
                if (service.execute(item, day, "walk").isPresent()) {
                    executed.add(new Executed(item.debtorId(), day, item));
                }
                // The controller's double click: the same line executed again records nothing.
                if (service.execute(item, day, "walk").isEmpty()) {
                    duplicatesRefused++;
                }
            }
        }
    }

    @AfterAll
    void close() {
        database.close();
    }

    DunningPolicy policyOf(long debtorId) {
        Debtor debtor = debtors.get(debtorId);
        return policies.forDebtor(null, debtor.kind());
    }

    DunningStep stepOf(Executed e) {
        return policyOf(e.debtorId()).stepsInOrder().stream()
                .filter(step -> step.position() == e.item().stepPosition()).findFirst().orElseThrow();
    }

    /** The executions of one debtor, in date order. */
    Map<Long, List<Executed>> byDebtor() {
        Map<Long, List<Executed>> result = new HashMap<>();
        executed.forEach(e -> result.computeIfAbsent(e.debtorId(), id -> new ArrayList<>()).add(e));
        return result;
    }

    static Stream<Arguments> actionsMet() {
        return Stream.of(
                Arguments.of(DebtorKind.B2B, DunningAction.EMAIL_REMINDER),
                Arguments.of(DebtorKind.B2B, DunningAction.REMINDER_LETTER),
                Arguments.of(DebtorKind.B2B, DunningAction.PHONE_CALL),
                Arguments.of(DebtorKind.B2B, DunningAction.FORMAL_NOTICE),
                Arguments.of(DebtorKind.B2B, DunningAction.AGENCY_PROPOSAL),
                Arguments.of(DebtorKind.CONSUMER, DunningAction.EMAIL_REMINDER),
                Arguments.of(DebtorKind.CONSUMER, DunningAction.FORMAL_NOTICE));
    }

    @ParameterizedTest(name = "{0} debtors meet {1} during the walk")
    @MethodSource("actionsMet")
    void the_walk_meets_every_kind_of_action(DebtorKind kind, DunningAction action) {
        assertThat(executed).as("%s executions for %s debtors", action, kind)
                .anyMatch(e -> debtors.get(e.debtorId()).kind() == kind && e.item().action() == action);
    }

    @ParameterizedTest(name = "a consumer never gets {0}")
    @MethodSource("consumerNever")
    void consumer_policy_has_no_legal_review(DunningAction action) {
        assertThat(executed).filteredOn(e -> debtors.get(e.debtorId()).kind() == DebtorKind.CONSUMER)
                .noneMatch(e -> e.item().action() == action);
    }

    static Stream<DunningAction> consumerNever() {
        return Stream.of(DunningAction.LEGAL_REVIEW);
    }

    @ParameterizedTest(name = "rule: {0}")
    @MethodSource("rules")
    void every_execution_follows_the_policy(String rule) {
        Map<String, Runnable> checks = Map.of(
                "the action is the policy's step at that position", () -> executed.forEach(e ->
                        assertThat(e.item().action()).as(describe(e)).isEqualTo(stepOf(e).action())),
                "the oldest invoice covered is at least the step's offset overdue", () -> executed.forEach(e ->
                        assertThat(e.item().daysOverdue()).as(describe(e)).isGreaterThanOrEqualTo(
                                stepOf(e).offsetDays())),
                "the sum chased reaches the step's minimum amount", () -> executed.forEach(e ->
                        assertThat(e.item().amount()).as(describe(e)).isGreaterThanOrEqualTo(
                                stepOf(e).minAmount())),
                "every invoice covered is open, overdue and not disputed that day", () -> executed.forEach(e -> {
                    Map<Long, OpenItem> open = new HashMap<>();
                    receivables.openItemsOf(e.debtorId(), e.on()).forEach(i -> open.put(i.invoiceId(), i));
                    for (Long id : e.item().invoiceIds()) {
                        OpenItem item = open.get(id);
                        assertThat(item).as("invoice %d in %s", id, describe(e)).isNotNull();
                        assertThat(item.kind()).isEqualTo(InvoiceKind.INVOICE);
                        assertThat(item.balance()).isPositive();
                        assertThat(item.dueDate()).as(describe(e)).isBefore(e.on());
                        assertThat(item.disputed()).as(describe(e)).isFalse();
                    }
                    BigDecimal sum = e.item().invoiceIds().stream().map(id -> open.get(id).balance())
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    assertThat(e.item().amount()).as(describe(e)).isEqualByComparingTo(sum);
                }),
                "one action a day per debtor, covering all its chased invoices", () -> {
                    Set<String> days = new HashSet<>();
                    executed.forEach(e -> assertThat(days.add(e.debtorId() + "@" + e.on()))
                            .as("second action the same day: " + describe(e)).isTrue());
                },
                "a step follows a lower step on the same invoices, after the step's minimum gap", () ->
                        byDebtor().values().forEach(list -> {
                            for (int i = 1; i < list.size(); i++) {
                                Executed previous = list.get(i - 1);
                                Executed current = list.get(i);
                                boolean sameInvoices = current.item().invoiceIds().stream()
                                        .anyMatch(previous.item().invoiceIds()::contains);
                                if (!sameInvoices || current.item().kind() == WorklistKind.BROKEN_PROMISE) {
                                    continue;
                                }
                                assertThat(current.item().stepPosition()).as(describe(current))
                                        .isGreaterThan(previous.item().stepPosition());
                                assertThat(ChronoUnit.DAYS.between(previous.on(), current.on()))
                                        .as(describe(current)).isGreaterThanOrEqualTo(stepOf(current).minGapDays());
                            }
                        }),
                "a double click records nothing more", () -> {
                    assertThat(duplicatesRefused).isEqualTo(executed.size());
                    Set<String> actionKinds = new HashSet<>();
                    Stream.of(DunningAction.values()).map(WorklistService::eventKind).forEach(actionKinds::add);
                    long events = debtors.keySet().stream()
                            .flatMap(id -> timeline.ofDebtor(id, actionKinds).stream()).count();
                    assertThat(events).isEqualTo(executed.size());
                });
        assertThat(checks).containsKey(rule);
        checks.get(rule).run();
    }

    static Stream<String> rules() {
        return Stream.of(
                "the action is the policy's step at that position",
                "the oldest invoice covered is at least the step's offset overdue",
                "the sum chased reaches the step's minimum amount",
                "every invoice covered is open, overdue and not disputed that day",
                "one action a day per debtor, covering all its chased invoices",
                "a step follows a lower step on the same invoices, after the step's minimum gap",
                "a double click records nothing more");
    }

    /**
     * A debtor whose first chased invoice falls due during the walk, with nothing overdue before: the first
     * reminder goes out exactly on the policy's first offset (D+7 for a business, D+10 for a consumer).
     */
    @ParameterizedTest(name = "{0}: the first reminder of a fresh debt goes out on D+{1}")
    @MethodSource("firstReminders")
    void fresh_debts_get_the_first_reminder_on_time(DebtorKind kind, int offset) {
        List<Executed> fresh = new ArrayList<>();
        byDebtor().forEach((debtorId, list) -> {
            Executed first = list.get(0);
            if (debtors.get(debtorId).kind() != kind) {
                return;
            }
            LocalDate oldestDue = receivables.openItemsOf(debtorId, first.on()).stream()
                    .filter(i -> first.item().invoiceIds().contains(i.invoiceId())).map(OpenItem::dueDate)
                    .min(LocalDate::compareTo).orElseThrow();
            boolean overdueBeforeWalk = receivables.openItemsOf(debtorId, START).stream()
                    .anyMatch(i -> i.kind() == InvoiceKind.INVOICE && i.dueDate().isBefore(START));
            if (!overdueBeforeWalk && oldestDue.isAfter(START)) {
                fresh.add(first);
                assertThat(first.item().stepPosition()).as(describe(first)).isEqualTo(1);
                assertThat(first.on()).as(describe(first)).isEqualTo(oldestDue.plusDays(offset));
            }
        });
        assertThat(fresh).as("fresh %s debts met in the walk", kind).isNotEmpty();
    }

    static Stream<Arguments> firstReminders() {
        return Stream.of(Arguments.of(DebtorKind.B2B, 7), Arguments.of(DebtorKind.CONSUMER, 10));
    }

    String describe(Executed e) {
        return debtors.get(e.debtorId()).name() + " on " + e.on() + ": " + e.item().kind() + " "
                + e.item().action() + " step " + e.item().stepPosition() + " " + e.item().amount() + " EUR, "
                + e.item().daysOverdue() + " days, invoices " + e.item().invoiceIds();
    }
}
