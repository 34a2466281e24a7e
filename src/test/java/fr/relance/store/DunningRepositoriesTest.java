package fr.relance.store;

import static fr.relance.store.jooq.Tables.CASE_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.relance.domain.CaseEvent;
import fr.relance.domain.DebtorKind;
import fr.relance.domain.InvalidInputException;
import fr.relance.domain.Money;
import fr.relance.domain.dunning.DefaultPolicies;
import fr.relance.domain.dunning.DunningAction;
import fr.relance.domain.dunning.DunningPolicy;
import fr.relance.domain.dunning.DunningStep;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DunningRepositoriesTest {

    static final LocalDate AS_OF = RepositoriesTest.AS_OF;

    @TempDir
    Path dir;
    Database database;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        new LedgerWriter(database).writeIntoEmptyFile(RepositoriesTest.smallLedger(), (done, total) -> { },
                () -> false);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theDefaultPoliciesAreSeededAsTheDomainShipsThem() {
        DunningPolicyRepository.Policies policies = new DunningPolicyRepository(database).all();
        assertThat(policies.byId().values()).containsExactlyInAnyOrder(DefaultPolicies.b2b(),
                DefaultPolicies.consumer());
        assertThat(policies.forDebtor(null, DebtorKind.B2B)).isEqualTo(DefaultPolicies.b2b());
        assertThat(policies.forDebtor(null, DebtorKind.CONSUMER)).isEqualTo(DefaultPolicies.consumer());
    }

    @Test
    void aValidPolicyIsSavedAndAssignedAnInvalidOneIsRefused() {
        DunningPolicyRepository repository = new DunningPolicyRepository(database);
        DunningPolicy quick = new DunningPolicy("Rapide", DebtorKind.B2B, List.of(
                new DunningStep(1, 3, DunningAction.EMAIL_REMINDER, "FIRST_REMINDER", Money.of("0"), 0),
                new DunningStep(2, 10, DunningAction.FORMAL_NOTICE, "FORMAL_NOTICE", Money.of("50"), 5, 8)));
        long id = repository.save(quick);
        assertThat(repository.save(quick)).isEqualTo(id);
        repository.assign(1, id);

        DunningPolicyRepository.Policies policies = repository.all();
        assertThat(policies.byId().get(id)).isEqualTo(quick);
        assertThat(policies.forDebtor(id, DebtorKind.B2B)).isEqualTo(quick);

        DunningPolicy broken = new DunningPolicy("Cassée", DebtorKind.B2B, List.of(
                new DunningStep(1, 3, DunningAction.FORMAL_NOTICE, null, Money.of("0"), 0)));
        assertThatThrownBy(() -> repository.save(broken)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(p -> p.messageKey())
                        .contains("dunning.step.deadlineRequired"));
        assertThat(repository.idOf("Cassée")).isEmpty();
    }

    @Test
    void theTimelineIsAppendedAndReversedNeverRewritten() {
        TimelineRepository timeline = new TimelineRepository(database);
        int before = database.dsl().fetchCount(CASE_EVENT);
        long call = timeline.append(CaseEvent.of(1, null, AS_OF.minusDays(2), CaseEvent.CALL, "claire",
                null, null, "Promet un virement"));
        long letter = timeline.append(CaseEvent.of(1, null, AS_OF.minusDays(1), CaseEvent.REMINDER_SENT, "claire",
                Money.of("1000.00"), 1L, "Relance FA-1"));

        long reversal = timeline.reverse(letter, "claire", "envoyée au mauvais client", AS_OF);

        assertThat(database.dsl().fetchCount(CASE_EVENT)).isEqualTo(before + 3);
        CaseEvent reversed = timeline.find(letter).orElseThrow();
        assertThat(reversed.kind()).isEqualTo(CaseEvent.REMINDER_SENT);
        assertThat(reversed.summary()).isEqualTo("Relance FA-1");
        assertThat(timeline.find(reversal).orElseThrow().reversesEventId()).isEqualTo(letter);
        assertThat(timeline.ofDebtor(1, List.of(CaseEvent.CALL, CaseEvent.REMINDER_SENT, CaseEvent.REVERSAL)))
                .extracting(CaseEvent::id).containsExactly(reversal, letter, call);
        assertThat(timeline.ofDebtor(1, List.of(CaseEvent.CALL))).extracting(CaseEvent::id).containsExactly(call);
        assertThatThrownBy(() -> timeline.reverse(letter, "claire", "encore", AS_OF))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
