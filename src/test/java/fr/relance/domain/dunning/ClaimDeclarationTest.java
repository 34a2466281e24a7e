package fr.relance.domain.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.relance.domain.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimDeclarationTest {

    static final LocalDate PUBLISHED = LocalDate.of(2026, 10, 1);
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    @ParameterizedTest(name = "{0} {1} {2} published {3} → {4}")
    @CsvSource(nullValues = "-", value = {
            "2026-11-20, 1500.00, Me Dupont, 2026-10-01, -",
            // the day of the publication and today are allowed
            "2026-10-01, 1500.00, Me Dupont, 2026-10-01, -",
            "2026-11-23, 1500.00, Me Dupont, 2026-10-01, -",
            "2026-11-24, 1500.00, Me Dupont, 2026-10-01, insolvency.claim.dateInFuture",
            "2026-09-30, 1500.00, Me Dupont, 2026-10-01, insolvency.filedBeforePublication",
            "-,          1500.00, Me Dupont, 2026-10-01, insolvency.claim.dateRequired",
            "2026-11-20, 0,       Me Dupont, 2026-10-01, insolvency.claim.amountPositive",
            "2026-11-20, -,       Me Dupont, 2026-10-01, insolvency.claim.amountPositive",
            "2026-11-20, 1500.00, '  ',      2026-10-01, insolvency.claim.representativeRequired",
            "2026-11-20, 1500.00, Me Dupont, -,          insolvency.claim.noProceedings",
    })
    void aDeclarationIsCheckedAgainstThePublicationAndTheDay(LocalDate declaredOn, BigDecimal amount,
                                                             String representative, LocalDate publishedOn,
                                                             String problem) {
        ClaimDeclaration claim = new ClaimDeclaration(declaredOn, amount, representative, "  ");
        assertThat(claim.note()).isNull();
        if (problem == null) {
            assertThat(claim.validate(AS_OF, publishedOn)).isEmpty();
        } else {
            assertThat(claim.validate(AS_OF, publishedOn)).extracting(FieldProblem::messageKey)
                    .containsExactly(problem);
        }
    }
}
