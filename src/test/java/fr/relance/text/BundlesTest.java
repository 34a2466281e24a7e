package fr.relance.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BundlesTest {

    @Test
    void frenchByDefaultEnglishWhenTheSystemSpeaksEnglish() {
        assertThat(Messages.uiLocale(Locale.GERMANY)).isEqualTo(Locale.FRANCE);
        assertThat(Messages.uiLocale(Locale.FRANCE)).isEqualTo(Locale.FRANCE);
        assertThat(Messages.uiLocale(Locale.US).getLanguage()).isEqualTo("en");
        assertThat(new Messages(Locale.FRANCE).get("nav.AGING")).isEqualTo("Balance âgée");
        assertThat(new Messages(Locale.UK).get("nav.AGING")).isEqualTo("Aged balance");
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        Set<String> french = new TreeSet<>(new Messages(Locale.FRANCE).bundle().keySet());
        Set<String> english = new TreeSet<>(new Messages(Locale.UK).bundle().keySet());
        assertThat(english).isEqualTo(french);
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Pattern literalKey = Pattern.compile("messages\\.get\\(\"([a-zA-Z0-9_.]+)\"\\s*[,)]");
        Messages messages = new Messages(Locale.FRANCE);
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = literalKey.matcher(Files.readString(source));
                while (matcher.find()) {
                    if (!messages.has(matcher.group(1))) {
                        missing.add(matcher.group(1) + " in " + source.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyProblemTheDomainNamesHasASentence() throws IOException {
        Pattern problemKey = Pattern.compile("\"((?:dunning|hold|promise|payment|dispute|plan|insolvency|validation)"
                + "\\.[a-zA-Z.]+)\"");
        Messages french = new Messages(Locale.FRANCE);
        Messages english = new Messages(Locale.UK);
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/fr/relance/domain"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = problemKey.matcher(Files.readString(source));
                while (matcher.find()) {
                    if (!french.has(matcher.group(1)) || !english.has(matcher.group(1))) {
                        missing.add(matcher.group(1) + " in " + source.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyBuiltFromAnEnumOrAFieldExists() {
        Messages messages = new Messages(Locale.FRANCE);
        Set<String> keys = new TreeSet<>();
        for (var bucket : fr.relance.domain.AgingBucket.values()) {
            keys.add("aging.bucket." + bucket.name());
        }
        for (var kind : fr.relance.domain.DebtorKind.values()) {
            keys.add("debtor.kind." + kind.name());
        }
        for (var kind : fr.relance.domain.InvoiceKind.values()) {
            keys.add("invoice.kind." + kind.name());
        }
        for (var section : fr.relance.ui.shell.Section.values()) {
            keys.add("nav." + section.name());
        }
        for (String field : fr.relance.ui.settings.SettingsViewModel.COMPANY_FIELDS) {
            keys.add("company." + field);
        }
        for (String field : new String[] {"year", "half", "ecb", "legalPrivate", "legalOther"}) {
            keys.add("rates.field." + field);
        }
        for (var action : fr.relance.domain.dunning.DunningAction.values()) {
            keys.add("worklist.action." + action.name());
        }
        for (var kind : fr.relance.domain.dunning.WorklistKind.values()) {
            keys.add("worklist.kind." + kind.name());
        }
        for (String flag : new String[] {fr.relance.domain.dunning.WorklistItem.FLAG_BROKEN_PROMISE,
                fr.relance.domain.dunning.WorklistItem.FLAG_DISPUTED_EXCLUDED,
                fr.relance.domain.dunning.WorklistItem.FLAG_ON_HOLD_EXCLUDED,
                fr.relance.domain.dunning.WorklistItem.FLAG_LIMITATION_SOON}) {
            keys.add("worklist.flag." + flag);
        }
        for (String key : new String[] {fr.relance.dunning.WorklistService.UNTIL_NOT_AFTER,
                fr.relance.dunning.WorklistService.REASON_REQUIRED, fr.relance.dunning.WorklistService.PROMISE_REQUIRED,
                fr.relance.dunning.WorklistService.NO_ACTION}) {
            keys.add(key);
        }
        for (var outcome : fr.relance.domain.dunning.CallOutcome.values()) {
            keys.add("call.outcome." + outcome.name());
        }
        for (String kind : fr.relance.domain.CaseEvent.KINDS) {
            keys.add("timeline.kind." + kind);
        }
        for (var kind : fr.relance.backup.BackupKind.values()) {
            keys.add("backup.kind." + kind.name());
        }
        keys.add(fr.relance.ui.cases.TimelineViewModel.NOTE_BLANK);
        keys.add(fr.relance.ui.cases.TimelineViewModel.ALREADY_REVERSED);
        for (String field : fr.relance.ui.policies.StepRow.FIELDS) {
            keys.add("policies.column." + field);
        }
        for (String field : new String[] {"name", "debtorKind", "defaultForKind", "noticeDeadlineDays", "steps"}) {
            keys.add("policies.field." + field);
        }
        for (var kind : fr.relance.domain.DebtorKind.values()) {
            keys.add("policies.defaultFor." + kind.name());
        }
        for (String code : fr.relance.domain.dunning.DefaultPolicies.templateCodes()) {
            keys.add("policies.template." + code);
        }
        for (var action : fr.relance.domain.dunning.DunningAction.values()) {
            keys.add("policies.action." + action.name());
        }
        keys.add("validation.integer");
        keys.add("validation.amount");
        keys.add(fr.relance.store.DunningJournal.POLICY_CHANGED);
        keys.add("rates.half.1");
        keys.add("rates.half.2");
        assertThat(keys).allMatch(messages::has);
    }

    @Test
    void frenchFormats() {
        Formats formats = new Formats(Locale.FRANCE);
        assertThat(formats.money(new BigDecimal("1234.56"))).isEqualTo("1\u202F234,56\u00A0€");
        assertThat(formats.money(new BigDecimal("-12.5"))).isEqualTo("-12,50\u00A0€");
        assertThat(formats.date(LocalDate.of(2026, 11, 23))).isEqualTo("23/11/2026");
        assertThat(formats.percent(new BigDecimal("13.15"))).isEqualTo("13,15\u00A0%");
        assertThat(Formats.parseDecimal("3,15")).isEqualByComparingTo("3.15");
        assertThat(Formats.parseDecimal(" 12.5 % ")).isEqualByComparingTo("12.5");
        assertThat(Formats.parseDecimal("abc")).isNull();
    }

    @Test
    void halfYearsReadNaturallyInFrench() {
        Messages messages = new Messages(Locale.FRANCE);
        assertThat(messages.get("rates.halfYear", 1, 2026)).isEqualTo("1er semestre 2026");
        assertThat(messages.get("error.missingRate", 2, 2026)).startsWith("Le taux du 2e semestre 2026 manque");
        assertThat(messages.get("settings.company.invalid", 1)).startsWith("Un champ");
    }
}
